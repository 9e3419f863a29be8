import ArticleKit
import Foundation
import ReaderUI

/// The libraries the reader target plays on, loaded once: the bundled
/// `Articles/` (topics, claims, sections) with `Fuzz/library/` added
/// (wide glyphs at every edge, marks, bidi, escapes, a wide table, deep
/// nesting, sixty sections); an empty library; one article without a body.
enum FuzzLibraries {
    /// The repository, found from this file (the fuzzers run from a checkout).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixture: Library = {
        let bundled = load(root.appendingPathComponent("Articles"))
        let edges = load(root.appendingPathComponent("Fuzz/library"))
        let library = Library(topics: bundled.topics, articles: bundled.articles + edges.articles)
        guard library.articles.count >= 4 else { fatalError("weigh-fuzz-reader: the fixture library under \(root.path) did not load") }
        return library
    }()

    static let empty = Library(topics: [], articles: [])

    static let emptyArticle = Library(topics: [], articles: [Article(id: "blank", title: "No body", blocks: [], fileName: "blank.md")])

    static func library(_ choice: ReaderScript.LibraryChoice) -> Library {
        switch choice {
        case .fixture: fixture
        case .empty: empty
        case .emptyArticle: emptyArticle
        }
    }

    /// The fixture as `weigh`'s background loader posts it: the first
    /// article, then one more each time, the last update whole (no progress).
    static let growth: [LibraryUpdate] = (1...fixture.articles.count).map { count in
        let part = Library(topics: fixture.topics, articles: Array(fixture.articles.prefix(count)))
        let progress = count < fixture.articles.count ? LibraryLoadingProgress(filesLoaded: count, fileCount: fixture.articles.count) : nil
        return LibraryUpdate(part, progress: progress)
    }

    private static let wholeFixture = LibraryUpdate(fixture, progress: nil)
    private static let wholeEmpty = LibraryUpdate(empty, progress: nil)
    private static let wholeEmptyArticle = LibraryUpdate(emptyArticle, progress: nil)

    /// A library's last update: the whole of it, loading done.
    static func whole(_ choice: ReaderScript.LibraryChoice) -> LibraryUpdate {
        switch choice {
        case .fixture: wholeFixture
        case .empty: wholeEmpty
        case .emptyArticle: wholeEmptyArticle
        }
    }

    /// The fixture's search index, built once (the app builds it in the
    /// background and hands it over in an action).
    static let searchIndex = SearchIndexBox(LibrarySearchIndex(fixture))

    private static func load(_ folder: URL) -> Library {
        do {
            return try Library.load(from: folder)
        } catch {
            fatalError("weigh-fuzz-reader: cannot load \(folder.path): \(error)")
        }
    }
}
