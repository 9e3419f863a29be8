import ArticleKit
import ReaderUI
import WeighTestSupport

extension MemoryPersonalStore {
    /// Bookmarks whose places resolve every way: exact, moved (the block is
    /// gone) and missing (the article is gone), one with a hostile label.
    func addStartingBookmarks(in library: Library) {
        let first = library.articles.first?.id ?? "gone"
        for (position, section, excerpt, label) in [
            (ReadingPosition(articleID: first, blockIndex: 1, offset: 3), nil, "An excerpt 漢字", nil),
            (ReadingPosition(articleID: first, blockIndex: 100_000), "Nowhere", "moved", "moved \u{202E}x"),
            (ReadingPosition(articleID: "no-such-article", blockIndex: 0), nil, "", nil),
        ] as [(ReadingPosition, String?, String, String?)] {
            do {
                try add(at: position, sectionTitle: section, excerpt: excerpt, label: label)
            } catch {
                fatalError("weigh-fuzz-reader: the store refused a starting bookmark: \(error.message)")
            }
        }
    }
}
