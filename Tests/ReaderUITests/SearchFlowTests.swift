import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

@Suite("Searching in the reader")
@MainActor
struct SearchFlowTests {
    let size = Size(width: 120, height: 40)

    func typed(_ text: String) -> [InputEvent] { text.map { .key(.character($0)) } }

    @Test func slashFindsAsYouTypeAndHighlights() throws {
        let result = play([.key(.character("/"))] + typed("section 2"), library: ReaderFixture.library, size: size)
        let search = try #require(result.state.search)
        #expect(search.total == 20, "one per paragraph of section 2")
        #expect(result.terminal.screen[39].hasPrefix(" Search: section 2▏"))
        #expect(result.terminal.screen[39].hasSuffix("Enter search · Esc cancel"))
        let canvas = try #require(result.terminal.frames.last)
        let row = try #require(canvas.trimmedLines.firstIndex { $0.contains("Paragraph 1 of section 2") })
        let column = try #require(canvas.lines[row].firstRange(of: "section 2")).lowerBound
        let x = canvas.lines[row].distance(from: canvas.lines[row].startIndex, to: column)
        #expect(canvas[x, row].style.reverse, "the current match is highlighted")
        #expect(canvas[x, row].style.underline)
        #expect(!canvas[x - 2, row].style.reverse)
    }

    @Test func enterConfirmsAndStatusCountsMatches() {
        let result = play([.key(.character("/"))] + typed("of section 3") + [.key(.enter)], library: ReaderFixture.library, size: size)
        #expect(result.terminal.screen[39].contains("match 1 of 20"))
        #expect(result.state.lastQuery == "of section 3")
    }

    @Test func nAndShiftNMoveAndWrap() throws {
        let base: [InputEvent] = [.key(.character("/"))] + typed("of section 3") + [.key(.enter)]
        let next = play(base + typed("n"), library: ReaderFixture.library, size: size).state
        #expect(next.search?.currentNumber == 2)
        let back = play(base + typed("N"), library: ReaderFixture.library, size: size)
        #expect(back.state.search?.currentNumber == 20, "N from the first match wraps to the last")
        #expect(back.terminal.screen[39].contains("Search wrapped to the end"))
        let around = play(base + Array(repeating: .key(.character("n")), count: 20), library: ReaderFixture.library, size: size)
        #expect(around.state.search?.currentNumber == 1)
        #expect(around.terminal.screen[39].contains("Search wrapped to the top"))
    }

    @Test func smartCaseAndNoMatch() {
        let lower = play([.key(.character("/"))] + typed("paragraph 1 of"), library: ReaderFixture.library, size: size).state
        #expect(lower.search?.total == 3, "case-insensitive: “Paragraph 1 of” once in each of alpha's sections")
        let upper = play([.key(.character("/"))] + typed("PARAGRAPH"), library: ReaderFixture.library, size: size)
        #expect(upper.state.search?.total == 0, "a capital makes it case-sensitive")
        #expect(upper.terminal.screen[39].hasPrefix(" Search: PARAGRAPH▏"))
    }

    @Test func escapeRestoresThePlace() {
        let state = play([.key(.character("/"))] + typed("section 3") + [.key(.escape)], library: ReaderFixture.library, size: size).state
        #expect(state.reading?.topLine == 0)
        #expect(state.search == nil)
    }

    @Test func slashEnterRepeatsTheLastQuery() {
        let state = play([.key(.character("/"))] + typed("section 2") + [.key(.enter), .key(.character("g")), .key(.character("/")), .key(.enter)], library: ReaderFixture.library, size: size).state
        #expect(state.search?.query == "section 2")
        #expect(state.search?.currentNumber == 1)
    }

    @Test func libraryResultsRankTitlesFirstAndOpenAtTheMatch() throws {
        let result = play([.key(.character("F"))] + typed("gamma") + [.key(.enter)], library: ReaderFixture.library, size: size)
        let pane = try #require(result.state.resultsPane)
        #expect(pane.results.first?.kind == .title)
        #expect(result.terminal.screen[1].contains("Results for “gamma”"))
        let opened = play([.key(.character("F"))] + typed("section 2 says") + [.key(.enter), .key(.character("j")), .key(.enter)], library: ReaderFixture.library, size: size)
        #expect(opened.state.reading?.article.id == "alpha")
        #expect(opened.state.search?.query == "section 2 says")
        #expect(opened.state.search?.currentNumber == 2, "the second result opens at the second match")
        #expect(opened.state.focus == .body)
    }

    @Test func aLibrarySearchWaitsForTheBackgroundIndexWithoutBlocking() throws {
        let box = SearchIndexBox(LibrarySearchIndex(ReaderFixture.library))
        let events: [InputEvent] = [.key(.character("F"))] + typed("gamma") + [.key(.enter)]
        let (final, terminal) = play(events + [.report(.searchIndexReady(box))], library: ReaderFixture.library, size: size) {
            $0.loadsInBackground = true
            _ = Reader.firstFrameDrawn(&$0)
        }
        let waiting = terminal.frames[terminal.frames.count - 2].trimmedLines
        #expect(waiting[39].contains("Indexing the library"), "Enter is answered at once: \(waiting[39])")
        #expect(final.resultsPane?.query == "gamma", "the results open when the index lands")
        #expect(final.resultsPane?.results.first?.kind == .title)
    }

    @Test func matchAcrossALineBreak() throws {
        let article = Article(id: "a", title: "A", blocks: MarkdownParser.parse("alpha beta gamma delta"), fileName: "a.md")
        let reading = ReadingView(articleIndex: 0, article: article, width: 11)
        let search = ArticleSearch(query: "beta gamma", article: article)
        let hit = try #require(search.hits(inBlock: 0, of: reading).first)
        #expect(hit.parts.map(\.line) == [0, 1])
        #expect(hit.parts[0].start == 6 && hit.parts[0].length == 4)
        #expect(hit.parts[1].start == 0 && hit.parts[1].length == 5)
    }
}
