import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

/// What the reader must keep true through awkward sequences of keys,
/// resizes and bookmark edits, each played on the small fixture library,
/// with the bookmark store in memory where the case needs one.
@Suite("Fuzz regressions: the reader")
@MainActor
struct ReaderFuzzRegressionTests {
    static let size = Size(width: 100, height: 30)

    /// Deleting the last bookmark of the list selects the one before it:
    /// the selection never points past the end, so a bookmark is always
    /// highlighted and Enter always opens one.
    @Test func deletingTheLastBookmarkSelectsTheOneBefore() throws {
        let store = MemoryPersonalStore()
        let adding = ReaderFixture.keys("m") + [.key(.enter)] + ReaderFixture.keys("jjjjjjm") + [.key(.enter)]
            + ReaderFixture.keys("jjjjjjm") + [.key(.enter)]
        let result = play(adding + ReaderFixture.keys("'Gd"), library: ReaderFixture.library, size: Self.size, store: store)
        #expect(store.bookmarks.count == 2)
        let pane = try #require(result.state.bookmarksPane)
        #expect(pane.list.selection == 1, "the selection is \(pane.list.selection) of \(store.bookmarks.count)")

        let opened = play(adding + ReaderFixture.keys("'Gd") + [.key(.enter)], library: ReaderFixture.library, size: Self.size,
                          store: MemoryPersonalStore())
        #expect(opened.state.focus == .body, "Enter goes to the selected bookmark")
        #expect(opened.state.message?.hasPrefix("At “") == true, "\(opened.state.message ?? "no message")")
    }

    /// An article with 24 long claims on three topics: many comparison rows
    /// when narrow, far fewer when wide.
    static let claimsLibrary: Library = {
        var article = ReaderFixture.article("claims", "Claims", sections: ["Only part"], paragraphsPerSection: 3)
        article.claims = (0..<24).map { number in
            Claim(stance: number % 2 == 0 ? .benefit : .risk, topicID: ["onset", "cost", "safety"][number % 3],
                  text: "Claim \(number) says something long enough to wrap across several rows of a narrow pane.",
                  sectionSlug: "only-part")
        }
        let topics = ["onset", "cost", "safety"].map { Topic(id: $0, title: "Topic \($0)", question: "What about \($0)?") }
        return Library(topics: topics, articles: [article])
    }()

    /// Widening the terminal at the end of the comparison rewraps the claims
    /// into fewer rows; the scroll must follow onto the new last page, or
    /// the pane would show nothing until a key.
    @Test func aWiderTerminalKeepsTheComparisonScrollOnItsLastPage() throws {
        let events = ReaderFixture.keys("cG") + [.resize(Size(width: 200, height: 12))]
        let (state, terminal) = play(events, library: Self.claimsLibrary, size: Size(width: 40, height: 12))
        let pane = try #require(state.comparison)
        let rows = Reader.comparisonRows(state).count
        #expect(rows > 0)
        #expect(pane.list.scroll <= max(0, rows - state.comparisonRowsVisible), "scroll \(pane.list.scroll) of \(rows) rows")
        #expect(terminal.screen.contains { $0.contains("Claim 23") }, "the last claim is on screen")
    }

    /// Making the terminal taller at the end of the help keeps the scroll
    /// on the new last page, so the help box never shows empty rows under
    /// its last lines.
    @Test func aTallerTerminalKeepsTheHelpScrollOnItsLastPage() throws {
        let result = play(ReaderFixture.keys("?G") + [.resize(Size(width: 120, height: 60))], library: ReaderFixture.library,
                          size: Size(width: 80, height: 12))
        guard case .help(let scroll) = result.state.overlay else {
            Issue.record("the help closed")
            return
        }
        let length = HelpOverlayView.lines(for: .standard).count
        #expect(scroll <= max(0, length - (60 - 6)), "help scroll \(scroll) of \(length) lines")
    }

    /// In a comparison with no claims at all, `j` keeps the selection at 0,
    /// never -1.
    @Test func movingDownAComparisonWithoutClaimsKeepsTheSelectionAtZero() throws {
        let result = play(ReaderFixture.keys("cjj"), library: ReaderFixture.library, size: Self.size)
        let pane = try #require(result.state.comparison)
        #expect(pane.comparison.claims.isEmpty)
        #expect(pane.list.selection == 0)
    }
}
