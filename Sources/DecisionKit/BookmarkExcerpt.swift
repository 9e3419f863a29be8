import Foundation

/// A bookmark as the decision summary lists it: which article, where, the
/// person's label and the excerpt saved with it. The store keeps
/// bookmarks; whoever builds a summary hands them in as these values, so
/// DecisionKit needs no store.
public struct BookmarkExcerpt: Hashable, Sendable {
    public var id: Int64
    public var articleID: String
    public var sectionTitle: String?
    public var label: String?
    public var excerpt: String
    public var createdAt: Date

    public init(id: Int64, articleID: String, sectionTitle: String?, label: String?, excerpt: String, createdAt: Date) {
        self.id = id
        self.articleID = articleID
        self.sectionTitle = sectionTitle
        self.label = label
        self.excerpt = excerpt
        self.createdAt = createdAt
    }
}
