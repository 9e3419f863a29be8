import ArticleKit
import DecisionKit

/// What the reader asks the outside world to do; the loop carries it out
/// and may answer with reports (`bookmarksChanged`, `notice`). Every
/// piece of work the reader does not do itself, on its own thread or the
/// store's, starts here.
public enum Effect: Hashable, Sendable {
    /// Leave the reader (restore the terminal and exit).
    case quit
    /// Load the rest of the library and write the metadata cache, off the
    /// reader's thread, reporting its growth (`libraryGrew`). Asked for
    /// once, when the first frame has been drawn, so the work does not
    /// compete with it.
    case loadInBackground
    /// Build the library's search index off the reader's thread, from the
    /// whole library (after the rest has loaded, or the latest reload), and
    /// answer with `searchIndexReady`. Asked for when a library search is
    /// first started (`F`), while the query is typed: the index holds a
    /// folded copy of every article, which a person who never searches the
    /// library should not pay for in memory or in time.
    case buildSearchIndex
    case addBookmark(position: ReadingPosition, sectionTitle: String?, excerpt: String, label: String?)
    case deleteBookmark(id: Int64)
    case restoreBookmark(BookmarkEntry)
    case renameBookmark(id: Int64, label: String?)
    /// Remember where the reader is; `now` when leaving an article or
    /// quitting, otherwise the store may wait a few seconds.
    case saveReadingPosition(ReadingPosition, now: Bool)
    /// Keep how much a topic matters to the person (`notRated` clears it).
    case rateTopic(id: String, Importance)
    /// Keep a note the person wrote.
    case addNote(String, on: NoteTarget)
    /// Keep a question for the clinician, at the end of the list.
    case addQuestion(String, claim: ClaimSnapshot?)
    case editNote(id: Int64, text: String)
    case deleteNote(id: Int64)
    case editQuestion(id: Int64, text: String)
    /// Put a question at `position` (from 0) in the person's order.
    case moveQuestion(id: Int64, to: Int)
    case deleteQuestion(id: Int64)
    /// Keep where the person stands now, dated by the store.
    case recordStance(Leaning, sure: SureAnswers?)
    /// Open the prompt's text in the person's editor (`$VISUAL`, else
    /// `$EDITOR`) and answer with `Report.editorFinished`.
    case editInEditor(Prompt)
    /// Open a web or mail address (`LinkTarget.web`) with the person's
    /// browser (`$BROWSER`, else `xdg-open`), on the terminal, the address
    /// one argument and no shell; answer with `Report.notice` (with no
    /// browser, the address in full, to copy).
    case openLink(String)
    /// Write the summary as a printable page in the data folder, under a
    /// name no earlier summary has, and say where.
    case writeSummary(DecisionSummary)
    /// Open the article file `fileName` (in the library folder) in the
    /// person's editor at the line where block `blockIndex` starts, then
    /// read the library again and answer with `Report.libraryReloaded`
    /// (or a notice saying why not).
    case editArticle(fileName: String, blockIndex: Int)
}
