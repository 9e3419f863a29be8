import PersonalStore

/// One bookmark in `weigh bookmarks list --json`: the store's id, then the
/// same fields an export file holds (`BookmarkRecord`).
struct BookmarksListEntry: Encodable {
    var id: Int64
    var record: BookmarkRecord

    init(_ bookmark: Bookmark) {
        id = bookmark.id
        record = BookmarkRecord(bookmark)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try record.encode(to: encoder)
    }

    private enum CodingKeys: String, CodingKey {
        case id
    }
}
