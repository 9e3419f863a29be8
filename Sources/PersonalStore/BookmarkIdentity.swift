/// What makes two bookmarks the same for import (of a bookmarks file or a
/// personal-data file): article, block, offset, label and creation time to
/// the millisecond. Importing a store's own export therefore adds nothing.
struct BookmarkIdentity: Hashable {
    var articleID: String
    var blockIndex: Int
    var offset: Int
    var label: String?
    var createdAt: Int64

    init(_ bookmark: Bookmark) {
        articleID = bookmark.articleID
        blockIndex = bookmark.blockIndex
        offset = bookmark.offset
        label = bookmark.label
        createdAt = Timestamp.milliseconds(bookmark.createdAt)
    }
}
