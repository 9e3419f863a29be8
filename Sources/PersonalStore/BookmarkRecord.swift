/// A bookmark as plain JSON fields, without the store's id: one entry of an
/// export file (docs/bookmarks-format.md), and the body of each entry of
/// `weigh bookmarks list --json`. Absent values are written as `null`, so
/// every entry has the same keys.
public struct BookmarkRecord: Codable, Sendable {
    public var articleID: String
    public var blockIndex: Int
    public var offset: Int
    public var sectionTitle: String?
    public var excerpt: String
    public var label: String?
    /// ISO 8601, UTC, with milliseconds.
    public var createdAt: String

    public init(_ bookmark: Bookmark) {
        articleID = bookmark.articleID
        blockIndex = bookmark.blockIndex
        offset = bookmark.offset
        sectionTitle = bookmark.sectionTitle
        excerpt = bookmark.excerpt
        label = bookmark.label
        createdAt = bookmark.createdAtISO8601
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(articleID, forKey: .articleID)
        try container.encode(blockIndex, forKey: .blockIndex)
        try container.encode(offset, forKey: .offset)
        try container.encode(sectionTitle, forKey: .sectionTitle)
        try container.encode(excerpt, forKey: .excerpt)
        try container.encode(label, forKey: .label)
        try container.encode(createdAt, forKey: .createdAt)
    }
}
