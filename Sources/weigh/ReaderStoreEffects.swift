import ArticleKit
import BookmarkStore
import Foundation
import ReaderUI

/// Carries out the reader's bookmark and reading-position effects on the
/// bookmark store, and answers with the actions the reader needs (the new
/// list of bookmarks, a confirmation, or why something failed). Positions
/// are written at most every few seconds while reading, and at once when
/// an article is left or the reader quits.
final class ReaderStoreEffects {
    static let positionInterval: TimeInterval = 3

    let store: BookmarkDatabase?
    private var lastPositionWrite = Date.distantPast
    private var unsavedPosition: ReadingPosition?

    init(store: BookmarkDatabase?) {
        self.store = store
    }

    /// The store's bookmarks as the reader shows them.
    func entries() -> [BookmarkEntry] {
        guard let store, let bookmarks = try? store.allBookmarks() else { return [] }
        return bookmarks.map(Self.entry)
    }

    static func entry(_ bookmark: Bookmark) -> BookmarkEntry {
        BookmarkEntry(id: bookmark.id, position: bookmark.position, sectionTitle: bookmark.sectionTitle,
                      excerpt: bookmark.excerpt, label: bookmark.label, createdAt: bookmark.createdAt)
    }

    func perform(_ effect: Effect) -> [Action] {
        guard let store else { return [] }
        do {
            switch effect {
            case .quit:
                return []
            case .saveReadingPosition(let position, let now):
                unsavedPosition = position
                if now || Date().timeIntervalSince(lastPositionWrite) >= Self.positionInterval { try flush() }
                return []
            case .addBookmark(let position, let section, let excerpt, let label):
                let bookmark = try store.add(at: position, sectionTitle: section, excerpt: excerpt, label: label)
                return [.bookmarksChanged(entries()), .notice("Bookmarked “\(Self.entry(bookmark).name)” — ' lists bookmarks")]
            case .deleteBookmark(let id):
                try store.delete(id: id)
                return [.bookmarksChanged(entries())]
            case .restoreBookmark(let entry):
                try store.restore(Bookmark(id: entry.id, articleID: entry.position.articleID, blockIndex: entry.position.blockIndex,
                                           offset: entry.position.offset, sectionTitle: entry.sectionTitle, excerpt: entry.excerpt,
                                           label: entry.label, createdAt: entry.createdAt))
                return [.bookmarksChanged(entries())]
            case .renameBookmark(let id, let label):
                let renamed = try store.rename(id: id, to: label)
                return [.bookmarksChanged(entries()), .notice("Renamed to “\(Self.entry(renamed).name)”")]
            }
        } catch {
            return [.notice(error.description)]
        }
    }

    /// Writes the newest position not yet written.
    func flush() throws(BookmarkStoreError) {
        guard let store, let position = unsavedPosition else { return }
        try store.saveReadingPosition(position)
        unsavedPosition = nil
        lastPositionWrite = Date()
    }
}
