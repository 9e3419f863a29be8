import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

@Suite("The reader takes in a library read again after an edit")
@MainActor
struct LibraryReloadFlowTests {
    static let library = ReaderFixture.library
    static let size = Size(width: 120, height: 30)

    static func reloaded(_ library: Library, problems: [LoadProblem] = [], kept: [String] = []) -> InputEvent {
        .report(.libraryReloaded(LibraryReload(library: library, newProblems: problems, keptFileNames: kept, folderPath: "/lib")))
    }

    /// The fixture library with Alpha's second paragraph reworded.
    static var edited: Library {
        var library = Self.library
        let old = library.articles[0]
        var blocks = old.blocks
        blocks[2] = .paragraph([InlineSpan("An edited paragraph, reworded while the reader was open.")])
        library.articles[0] = Article(id: old.id, title: old.title, blocks: blocks, fileName: old.fileName)
        return library
    }

    @Test func theOpenArticleShowsTheEditAtTheSamePlace() {
        let start = ReadingPosition(articleID: "alpha", blockIndex: 2)
        let (before, _) = play([], library: Self.library, size: Self.size, start: start)
        let (state, terminal) = play([Self.reloaded(Self.edited)], library: Self.library, size: Self.size, start: start)
        #expect(state.reading?.position == before.reading?.position)
        #expect(terminal.screen.contains { $0.contains("An edited paragraph, reworded") })
        #expect(state.message == nil, "a clean reload says nothing")
    }

    @Test func aBrokenEditIsNamedInTheStatusLineWhileTheLastGoodVersionStays() {
        let problem = LoadProblem(file: "/lib/alpha.md", line: 3, message: "front matter: could not parse the YAML")
        let (state, terminal) = play([Self.reloaded(Self.library, problems: [problem], kept: ["alpha.md"])],
                                     library: Self.library, size: Self.size)
        #expect(terminal.screen.last?.contains(" alpha.md:3: front matter: could not parse the YAML") == true, "\(terminal.screen)")
        #expect(state.message == "alpha.md:3: front matter: could not parse the YAML (showing the last good version)")
        #expect(state.reading?.article.id == "alpha")
    }

    @Test func aDeletedArticleLeavesTheContentsAndTheReaderSaysSo() {
        let start = ReadingPosition(articleID: "beta", blockIndex: 1)
        var without = Self.library
        without.articles.remove(at: 1)
        let (state, terminal) = play([Self.reloaded(without)], library: Self.library, size: Self.size, start: start)
        #expect(!terminal.screen.contains { $0.contains("Beta") })
        #expect(state.reading?.article.id == "alpha")
        #expect(state.message == "beta.md is no longer in the library")
    }

    @Test func aNewArticleJoinsTheContentsAndTheSelectionStaysOnItsRow() {
        var grown = Self.library
        grown.articles.insert(ReaderFixture.article("aardvark", "Aardvark", sections: ["One"], paragraphsPerSection: 1), at: 0)
        // Select Gamma in the contents, then the library grows above it.
        let keys: [InputEvent] = [.key(.tab), .key(.character("G"))]
        let (before, _) = play(keys, library: Self.library, size: Self.size)
        let selectedBefore = before.contentsRows[before.contentsList.selection]
        #expect(selectedBefore == .article(index: 2))
        let (state, terminal) = play(keys + [Self.reloaded(grown)], library: Self.library, size: Self.size)
        #expect(terminal.screen.contains { $0.contains("Aardvark") })
        #expect(state.contentsRows[state.contentsList.selection] == .article(index: 3), "still Gamma, now fourth")
        #expect(state.reading?.article.id == "alpha")
        #expect(state.reading?.articleIndex == 1)
    }

    @Test func searchResultsAndTheIndexOfTheOldLibraryAreLetGo() {
        let (state, _) = play([Self.reloaded(Self.edited)], library: Self.library, size: Self.size) { state in
            state.searchIndex = LibrarySearchIndex(Self.library)
            state.loadsInBackground = true
            state.resultsPane = ResultsPane(query: "paragraph", results: [])
        }
        #expect(state.searchIndex == nil)
        #expect(state.searchIndexPending, "the app builds the new index and posts it")
        #expect(state.resultsPane == nil)
    }

    @Test func aReloadAsksForANewIndexOnlyIfTheOldOneWasWanted() {
        var searched = AppState(library: Self.library, size: Self.size)
        searched.loadsInBackground = true
        searched.searchIndex = LibrarySearchIndex(Self.library)
        #expect(Reader.handle(Self.reloaded(Self.edited), &searched) == [.buildSearchIndex])

        var neverSearched = AppState(library: Self.library, size: Self.size)
        neverSearched.loadsInBackground = true
        #expect(Reader.handle(Self.reloaded(Self.edited), &neverSearched) == [])
        #expect(!neverSearched.searchIndexPending)
    }

    @Test func vAsksToEditTheArticleAtItsTopBlockAndInTheContentsTheSelectedSection() {
        let start = ReadingPosition(articleID: "alpha", blockIndex: 5)
        var state = AppState(library: Self.library, size: Self.size, start: start)
        let top = state.reading?.position.blockIndex ?? -1
        #expect(Reader.update(&state, .editArticle) == [.editArticle(fileName: "alpha.md", blockIndex: top)])

        var contents = AppState(library: Self.library, size: Self.size)
        _ = Reader.handle(.key(.tab), &contents)
        _ = Reader.handle(.key(.character("j")), &contents)  // Alpha's first section
        guard case .section(_, let section, _) = contents.contentsRows[contents.contentsList.selection] else {
            Issue.record("expected a section row")
            return
        }
        #expect(Reader.handle(.key(.character("v")), &contents) == [.editArticle(fileName: "alpha.md", blockIndex: section.blockIndex)])
    }
}
