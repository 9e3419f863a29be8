import ArticleKit
import Foundation

/// A bookmark as the reader shows it. The store's own type stays behind the
/// store; the app converts, so this layer never touches a database.
public struct BookmarkEntry: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var position: ReadingPosition
    public var sectionTitle: String?
    public var excerpt: String
    public var label: String?
    public var createdAt: Date

    public init(id: Int64, position: ReadingPosition, sectionTitle: String?, excerpt: String, label: String?, createdAt: Date) {
        self.id = id
        self.position = position
        self.sectionTitle = sectionTitle
        self.excerpt = excerpt
        self.label = label
        self.createdAt = createdAt
    }

    /// What the bookmark is called in lists and messages.
    public var name: String { label ?? sectionTitle ?? excerpt }
}

/// Where a bookmark leads in the library as it is now.
public enum BookmarkTarget: Hashable, Sendable {
    /// The article and the exact place still exist.
    case exact(articleIndex: Int, position: ReadingPosition)
    /// The place is gone (the article changed); its section, or the start.
    case moved(articleIndex: Int, position: ReadingPosition)
    /// The article is no longer in the library.
    case missingArticle

    /// Resolves `bookmark` in `library`: the exact place if it still
    /// exists, else the section it was in (by title), else the start.
    public static func resolve(_ bookmark: BookmarkEntry, in library: Library) -> BookmarkTarget {
        guard let index = library.articles.firstIndex(where: { $0.id == bookmark.position.articleID }) else { return .missingArticle }
        let article = library.articles[index]
        if bookmark.position.blockIndex < article.body.blockCount {
            return .exact(articleIndex: index, position: bookmark.position)
        }
        let section = bookmark.sectionTitle.flatMap { title in article.allSections.first { $0.title == title } }
        return .moved(articleIndex: index, position: ReadingPosition(articleID: article.id, blockIndex: section?.blockIndex ?? 0))
    }
}
