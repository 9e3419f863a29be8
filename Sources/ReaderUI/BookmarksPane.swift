import ArticleKit

/// The bookmarks pane (`'`): which bookmark is selected, the scroll, and
/// what was deleted while it was open (so `u` can bring it back).
public struct BookmarksPane: Hashable, Sendable {
    /// The selected bookmark (in `BookmarkList.ordered` order) and the
    /// first row shown.
    public var list = ListViewport()
    public var deleted: [BookmarkEntry] = []

    public init() {}
}

/// One row of the bookmarks pane.
public enum BookmarkRow: Hashable, Sendable {
    /// An article's heading (or a note that it is gone).
    case article(title: String, missing: Bool)
    /// A bookmark's first row (index into the ordered bookmarks) …
    case bookmark(index: Int)
    /// … and its excerpt.
    case excerpt(index: Int)
}

/// Orders bookmarks for the pane — grouped by article, the group with the
/// newest bookmark first, newest first inside a group — and turns them
/// into rows.
public enum BookmarkList {
    public static func ordered(_ bookmarks: [BookmarkEntry]) -> [BookmarkEntry] {
        let groups = Dictionary(grouping: bookmarks, by: \.position.articleID)
        return groups.values
            .map { $0.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) } }
            .sorted { ($0[0].createdAt, $0[0].id) > ($1[0].createdAt, $1[0].id) }
            .flatMap { $0 }
    }

    public static func rows(for ordered: [BookmarkEntry], library: Library) -> [BookmarkRow] {
        var rows: [BookmarkRow] = []
        var currentArticle: String?
        for (index, bookmark) in ordered.enumerated() {
            if bookmark.position.articleID != currentArticle {
                currentArticle = bookmark.position.articleID
                if let article = library.article(withID: bookmark.position.articleID) {
                    rows.append(.article(title: article.title, missing: false))
                } else {
                    rows.append(.article(title: bookmark.position.articleID, missing: true))
                }
            }
            rows.append(.bookmark(index: index))
            rows.append(.excerpt(index: index))
        }
        return rows
    }
}
