import ArticleKit
import DecisionKit

/// What the world outside the reader reports back: the store after it
/// carried out an effect, and the background work the reader asked for
/// (`Effect.loadInBackground`, `Effect.buildSearchIndex`). Reports are
/// results, not requests; what a person asks for with a key or the mouse
/// is an `Action`.
public enum Report: Hashable, Sendable {
    /// The store's bookmarks, after loading or a change.
    case bookmarksChanged([BookmarkEntry])
    /// A one-time note (a store error, a confirmation).
    case notice(String)
    /// The bookmark store could not be opened, for this reason (found
    /// after the first frame, which was drawn from what it holds).
    case bookmarksUnavailable(String)
    /// The library's search index, built in the background.
    case searchIndexReady(SearchIndexBox)
    /// More of the library loaded in the background (or all of it).
    case libraryGrew(LibraryUpdate)
    /// The person's decision records, after loading or a change.
    case recordsChanged(DecisionRecords)
    /// The editor a prompt's text was opened in has closed.
    case editorFinished(EditorOutcome)
    /// The library was read again: its files changed on disk, or an
    /// article was edited from the reader (`Effect.editArticle`).
    case libraryReloaded(LibraryReload)
}
