import ArticleKit

/// Everything the reader can be asked to do. Keys map to actions through
/// the `Keymap`; mouse and resize events become actions directly.
public enum Action: Hashable, Sendable {
    case lineDown, lineUp
    case pageDown, pageUp
    case halfPageDown, halfPageUp
    case top, bottom
    case nextSection, previousSection
    case focusNext, focusPrevious
    case open
    case collapse, expand
    case toggleContents
    case toggleComparison
    case switchComparisonScope
    case filterTopic
    /// From an article opened by a claim, back to the comparison.
    case back
    case find
    case findNext
    case findPrevious
    case findInLibrary
    case closeResults
    case addBookmark
    case toggleBookmarks
    case deleteBookmark
    case undoDelete
    case renameBookmark
    /// A key typed while a prompt is open.
    case promptKey(Key)
    /// The store's bookmarks, after loading or a change.
    case bookmarksChanged([BookmarkEntry])
    /// A one-time note from outside (a store error, a confirmation).
    case notice(String)
    /// The bookmark store could not be opened, for this reason (found
    /// after the first frame, which was drawn from what it holds).
    case bookmarksUnavailable(String)
    /// The library's search index, built in the background.
    case searchIndexReady(SearchIndexBox)
    /// More of the library loaded in the background (or all of it).
    case libraryGrew(LibraryUpdate)
    case showHelp
    case closeOverlay
    case quit
    case resize(Size)
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, lines: Int)
}
