import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

/// `/`, `n` and `N` in the contents, the comparison and the bookmarks:
/// the selection jumps among the entries, as in less and tig.
@Suite("Searching the contents, the comparison and the bookmarks")
@MainActor
struct PaneFindTests {
    let size = Size(width: 120, height: 40)

    /// Tab to the contents (Alpha open and unfolded, its row selected),
    /// then `events`.
    func inContents(_ events: [InputEvent]) -> (state: AppState, terminal: MemoryTerminal) {
        play([.key(.tab)] + events, library: ReaderFixture.library, size: size)
    }

    /// The selected contents row as its title.
    func selectedTitle(_ state: AppState) -> String? {
        guard state.contentsRows.indices.contains(state.contentsList.selection) else { return nil }
        switch state.contentsRows[state.contentsList.selection] {
        case .article(let index): return state.library.articles[index].title
        case .section(_, let section, _): return section.title
        }
    }

    /// The text of the screen row whose cells at `text` are reversed.
    func reversedRow(_ terminal: MemoryTerminal, containing text: String) throws -> Bool {
        let canvas = try #require(terminal.frames.last)
        let row = try #require(canvas.lines.firstIndex { $0.contains(text) }, "“\(text)” is on the screen")
        let column = try #require(canvas.lines[row].firstRange(of: text)).lowerBound
        return canvas[canvas.lines[row].distance(from: canvas.lines[row].startIndex, to: column), row].style.reverse
    }

    @Test func slashInTheContentsFindsAHeadingInAFoldedArticleAndUnfoldsIt() throws {
        let before = inContents([])
        #expect(!before.state.unfolded.contains("beta"))
        #expect(!before.terminal.screen.contains { $0.contains("Only part") }, "Beta is folded")
        #expect(before.terminal.screen[39].contains("/ search"), "the contents' hints say / searches")

        let typing = inContents(ReaderFixture.keys("/only"))
        #expect(typing.terminal.screen[39].hasPrefix(" Search titles and headings: only▏"))
        #expect(selectedTitle(typing.state) == "Only part", "the selection moves as the query is typed")

        let found = inContents(ReaderFixture.keys("/only") + [.key(.enter)])
        #expect(found.state.focus == .contents)
        #expect(found.state.unfolded.contains("beta"))
        #expect(selectedTitle(found.state) == "Only part")
        #expect(found.terminal.screen[39].contains("match 1 of 1"))
        #expect(try reversedRow(found.terminal, containing: "Only part"), "the row is shown selected")
        #expect(found.state.reading?.article.id == "alpha", "a jump selects; Enter opens")
    }

    @Test func nAndShiftNStepThroughMatchesAndWrap() {
        let base = ReaderFixture.keys("/part") + [.key(.enter)]
        let first = inContents(base)
        #expect(selectedTitle(first.state) == "First part")
        #expect(first.terminal.screen[39].contains("match 1 of 4"))
        #expect(selectedTitle(inContents(base + ReaderFixture.keys("n")).state) == "Second part")
        #expect(selectedTitle(inContents(base + ReaderFixture.keys("nnN")).state) == "Second part")

        let around = inContents(base + ReaderFixture.keys("nnnn"))
        #expect(selectedTitle(around.state) == "First part", "past Beta's “Only part” back to the first")
        #expect(around.terminal.screen[39].contains("Search wrapped to the top"))

        let back = inContents(base + ReaderFixture.keys("N"))
        #expect(selectedTitle(back.state) == "Only part")
        #expect(back.terminal.screen[39].contains("Search wrapped to the end"))
    }

    @Test func noMatchSaysSoAndLeavesTheSelection() {
        let typing = inContents(ReaderFixture.keys("/zebra"))
        #expect(typing.terminal.screen[39].hasPrefix(" Search titles and headings: zebra▏"))
        #expect(selectedTitle(typing.state) == "Alpha")

        let entered = inContents(ReaderFixture.keys("/zebra") + [.key(.enter)])
        #expect(selectedTitle(entered.state) == "Alpha")
        #expect(entered.terminal.screen[39].contains("No title or heading matches “zebra”"))

        let again = inContents(ReaderFixture.keys("/zebra") + [.key(.enter)] + ReaderFixture.keys("jn"))
        #expect(selectedTitle(again.state) == "First part", "n finding nothing leaves the selection")
        #expect(again.terminal.screen[39].contains("No title or heading matches “zebra”"))

        let never = inContents(ReaderFixture.keys("n"))
        #expect(never.terminal.screen[39].contains("No search yet: press / to search"))
    }

    @Test func smartCaseAsInTheArticle() {
        #expect(selectedTitle(inContents(ReaderFixture.keys("/gamma")).state) == "Gamma")
        let upper = inContents(ReaderFixture.keys("/GAMMA") + [.key(.enter)])
        #expect(upper.terminal.screen[39].contains("No title or heading matches “GAMMA”"), "a capital makes it case-sensitive")
        #expect(PaneFind.find("GAMMA", in: ["Gamma"], after: -1) == nil)
        #expect(PaneFind.find("cafe", in: ["Café"], after: -1) == PaneFind.Match(entry: 0, wrapped: false), "accents ignored")
        #expect(selectedTitle(inContents(ReaderFixture.keys("/Gamma")).state) == "Gamma")
    }

    @Test func escapePutsTheContentsBackAsTheyWere() {
        let state = inContents(ReaderFixture.keys("/only") + [.key(.escape)]).state
        #expect(selectedTitle(state) == "Alpha")
        #expect(!state.unfolded.contains("beta"), "the article unfolded for the match folds again")
        #expect(state.focus == .contents)
    }

    @Test func emptyingTheQueryFoldsBackAndANewOneUnfoldsOnlyForItsMatch() {
        let emptied = inContents(ReaderFixture.keys("/only") + Array(repeating: .key(.backspace), count: 4))
        #expect(selectedTitle(emptied.state) == "Alpha")
        #expect(emptied.state.unfolded == ["alpha"])
        // "st" first matches Alpha's "First part"; "sta" Gamma's "Start".
        let state = inContents(ReaderFixture.keys("/only") + Array(repeating: .key(.backspace), count: 4) + ReaderFixture.keys("start")).state
        #expect(selectedTitle(state) == "Start")
        #expect(state.unfolded == ["alpha", "gamma"])
    }

    @Test func slashEnterRepeatsTheLastQueryFromAnotherPane() {
        // Searched in the article, then `/` Enter in the contents.
        let state = play(ReaderFixture.keys("/") + ReaderFixture.keys("Only") + [.key(.enter), .key(.tab)] + ReaderFixture.keys("/") + [.key(.enter)],
                         library: ReaderFixture.library, size: size).state
        #expect(selectedTitle(state) == "Only part")
    }

    // MARK: The comparison

    /// The comparison of the whole library: claims 0 (onset), then on
    /// addiction 1 "Not highly addictive…" [2 study], 2 "May be
    /// habit-forming" [1 clinic], 3 "Only with a prescriber" [2 study].
    func inComparison(_ events: [InputEvent]) -> (state: AppState, terminal: MemoryTerminal) {
        play(ReaderFixture.keys("cs") + events, library: ComparisonLayoutTests.library, size: size)
    }

    @Test func slashInTheComparisonSelectsTheMatchingClaim() throws {
        let result = inComparison(ReaderFixture.keys("/habit") + [.key(.enter)])
        #expect(result.state.comparison?.selectedClaim?.claim.text == "May be habit-forming")
        #expect(result.state.focus == .comparison)
        #expect(result.terminal.screen[39].contains("match 1 of 1"))
        #expect(try reversedRow(result.terminal, containing: "May be habit-forming"))
        #expect(!(try reversedRow(result.terminal, containing: "Works within hours")))

        let typing = inComparison(ReaderFixture.keys("/habit"))
        #expect(typing.terminal.screen[39].hasPrefix(" Search claims: habit▏"))
        #expect(typing.state.comparison?.list.selection == 2)
    }

    @Test func sourceTagsAreSearchedAndNStepsAndWraps() {
        let base = ReaderFixture.keys("/study") + [.key(.enter)]
        let first = inComparison(base)
        #expect(first.state.comparison?.selectedClaim?.claim.text == "Not highly addictive under supervision")
        #expect(first.terminal.screen[39].contains("match 1 of 2"))
        #expect(inComparison(base + ReaderFixture.keys("n")).state.comparison?.selectedClaim?.claim.text == "Only with a prescriber")

        let around = inComparison(base + ReaderFixture.keys("nn"))
        #expect(around.state.comparison?.list.selection == 1)
        #expect(around.terminal.screen[39].contains("Search wrapped to the top"))
        let back = inComparison(base + ReaderFixture.keys("N"))
        #expect(back.state.comparison?.list.selection == 3)
        #expect(back.terminal.screen[39].contains("Search wrapped to the end"))
    }

    @Test func onlyTheClaimsShownAreSearched() {
        // This article's claims: no source tags are shown, so none is searched.
        let article = play(ReaderFixture.keys("c/clinic") + [.key(.enter)], library: ComparisonLayoutTests.library, size: size)
        #expect(article.state.comparison?.list.selection == 0)
        #expect(article.terminal.screen[39].contains("No claim shown matches “clinic”"))
        // One topic only: the onset claim is not among them.
        let filtered = inComparison(ReaderFixture.keys("]t/works") + [.key(.enter)])
        #expect(filtered.state.comparison?.selectedClaim?.claim.topicID == "addiction")
        #expect(filtered.terminal.screen[39].contains("No claim shown matches “works”"))
    }

    @Test func escapeInTheComparisonPutsTheSelectionBack() {
        let state = inComparison(ReaderFixture.keys("j/prescriber") + [.key(.escape)]).state
        #expect(state.comparison?.list.selection == 1)
        #expect(state.prompt == nil)
    }

    // MARK: The bookmarks

    @Test func slashInTheBookmarksFindsByLabelOrExcerpt() {
        let store = MemoryPersonalStore()
        _ = play(ReaderFixture.keys("]m") + [.key(.enter)], library: ReaderFixture.library, size: size, store: store)
        _ = play(ReaderFixture.keys("]]]m") + [.key(.enter)], library: ReaderFixture.library, size: size, store: store)
        // Newest first: 0 "Third part", 1 "First part".
        let label = play(ReaderFixture.keys("'/first") + [.key(.enter)], library: ReaderFixture.library, size: size, store: store)
        #expect(label.state.focus == .bookmarks)
        #expect(label.state.bookmarksPane?.list.selection == 1)
        #expect(label.terminal.screen[39].contains("match 1 of 1"))
        let excerpt = play(ReaderFixture.keys("'j/of section 3") + [.key(.enter)], library: ReaderFixture.library, size: size, store: store)
        #expect(excerpt.state.bookmarksPane?.list.selection == 0, "found by its excerpt, wrapping")
        #expect(excerpt.terminal.screen[39].contains("match 1 of 1"))
    }

    // MARK: My decision

    @Test func slashInMyDecisionJumpsAmongItsItems() {
        // Nothing recorded: the stance, then the five starter questions.
        let size = size
        func decision(_ events: [InputEvent]) -> (state: AppState, terminal: MemoryTerminal) {
            play(ReaderFixture.keys("d") + events, library: ComparisonLayoutTests.library, size: size)
        }
        func selection(_ state: AppState) -> Int? {
            if case .decision(let pane) = state.overlay { return pane.list.selection }
            return nil
        }
        let found = decision(ReaderFixture.keys("/insurance") + [.key(.enter)])
        #expect(selection(found.state) == 5, "the starter about cost and insurance")
        #expect(found.terminal.screen[39].contains("match 1 of 1"))
        let harms = decision(ReaderFixture.keys("/harms") + [.key(.enter)])
        #expect(selection(harms.state) == 2)
        #expect(harms.terminal.screen[39].contains("match 1 of 2"))
        #expect(selection(decision(ReaderFixture.keys("/harms") + [.key(.enter)] + ReaderFixture.keys("n")).state) == 3)
        let none = decision(ReaderFixture.keys("/zebra") + [.key(.enter)])
        #expect(selection(none.state) == 0)
        #expect(none.terminal.screen[39].contains("Nothing in my decision matches “zebra”"))
        let cancelled = decision(ReaderFixture.keys("j/session") + [.key(.escape)])
        #expect(selection(cancelled.state) == 1)
        #expect(cancelled.state.overlay != nil, "Esc closes the prompt, not My decision")
    }
}
