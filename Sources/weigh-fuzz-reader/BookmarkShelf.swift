import ArticleKit
import Foundation
import ReaderUI

/// The bookmark store, in memory: carries out the reader's effects as
/// `weigh`'s store does and answers with the same reports (the new list,
/// a notice), so the bookmarks pane sees adds, deletes, undos and renames.
/// Like the store (`BookmarkText`), it cleans every string it keeps, so a
/// label it hands back to a prompt is as clean as one typed there.
struct BookmarkShelf {
    private(set) var entries: [BookmarkEntry] = []
    private var nextID: Int64 = 1

    /// Bookmarks whose places resolve every way: exact, moved (the block is
    /// gone) and missing (the article is gone).
    mutating func addStartingBookmarks(in library: Library) {
        let first = library.articles.first?.id ?? "gone"
        add(ReadingPosition(articleID: first, blockIndex: 1, offset: 3), section: nil, excerpt: "An excerpt 漢字", label: nil)
        add(ReadingPosition(articleID: first, blockIndex: 100_000), section: "Nowhere", excerpt: "moved", label: "moved \u{202E}x")
        add(ReadingPosition(articleID: "no-such-article", blockIndex: 0), section: nil, excerpt: "", label: nil)
    }

    mutating func perform(_ effect: Effect) -> [Report] {
        switch effect {
        case .quit, .saveReadingPosition, .loadInBackground:
            return []
        case .addBookmark(let position, let section, let excerpt, let label):
            add(position, section: section, excerpt: excerpt, label: label)
            return [.bookmarksChanged(entries), .notice("Bookmarked")]
        case .deleteBookmark(let id):
            entries.removeAll { $0.id == id }
            return [.bookmarksChanged(entries)]
        case .restoreBookmark(let entry):
            if !entries.contains(where: { $0.id == entry.id }) { entries.append(entry) }
            return [.bookmarksChanged(entries)]
        case .renameBookmark(let id, let label):
            guard let index = entries.firstIndex(where: { $0.id == id }) else { return [.notice("no bookmark \(id)")] }
            entries[index].label = Self.label(label)
            return [.bookmarksChanged(entries), .notice("Renamed")]
        }
    }

    private mutating func add(_ position: ReadingPosition, section: String?, excerpt: String, label: String?) {
        entries.append(BookmarkEntry(id: nextID, position: position, sectionTitle: section.map(Self.clean), excerpt: Self.clean(excerpt),
                                     label: Self.label(label), createdAt: Date(timeIntervalSinceReferenceDate: Double(nextID))))
        nextID += 1
    }

    /// A label as stored: cleaned, and nil rather than empty.
    static func label(_ text: String?) -> String? {
        text.map(clean).flatMap { $0.isEmpty ? nil : $0 }
    }

    static func clean(_ text: String) -> String {
        TextSanitizer.clean(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
