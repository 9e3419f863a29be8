import BookmarkStore

/// One bookmark in `weigh bookmarks list --json`: the export fields plus
/// the id, with absent values as `null`.
struct BookmarksListEntry: Encodable {
    var id: Int64
    var articleID: String
    var blockIndex: Int
    var offset: Int
    var sectionTitle: String?
    var excerpt: String
    var label: String?
    var createdAt: String

    init(_ bookmark: Bookmark) {
        id = bookmark.id
        articleID = bookmark.articleID
        blockIndex = bookmark.blockIndex
        offset = bookmark.offset
        sectionTitle = bookmark.sectionTitle
        excerpt = bookmark.excerpt
        label = bookmark.label
        createdAt = bookmark.createdAtISO8601
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(articleID, forKey: .articleID)
        try container.encode(blockIndex, forKey: .blockIndex)
        try container.encode(offset, forKey: .offset)
        try container.encode(sectionTitle, forKey: .sectionTitle)
        try container.encode(excerpt, forKey: .excerpt)
        try container.encode(label, forKey: .label)
        try container.encode(createdAt, forKey: .createdAt)
    }

    private enum CodingKeys: String, CodingKey {
        case id, articleID, blockIndex, offset, sectionTitle, excerpt, label, createdAt
    }
}
