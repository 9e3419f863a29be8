import ArticleKit

/// What `update` asks the outside world to do; the loop carries it out and
/// may answer with actions (`bookmarksChanged`, `notice`).
public enum Effect: Hashable, Sendable {
    /// Leave the reader (restore the terminal and exit).
    case quit
    case addBookmark(position: ReadingPosition, sectionTitle: String?, excerpt: String, label: String?)
    case deleteBookmark(id: Int64)
    case restoreBookmark(BookmarkEntry)
    case renameBookmark(id: Int64, label: String?)
    /// Remember where the reader is; `now` when leaving an article or
    /// quitting, otherwise the store may wait a few seconds.
    case saveReadingPosition(ReadingPosition, now: Bool)
}
