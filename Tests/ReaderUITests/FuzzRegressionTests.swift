import ArticleKit
import Foundation
import Testing
@testable import ReaderUI

/// What `weigh-fuzz-reader` found (scripts/fuzz reader), each replayed as
/// the keys that did it on the small fixture library, with a bookmark
/// store in memory where the case needs one.
@Suite("Fuzz regressions: the reader")
@MainActor
struct ReaderFuzzRegressionTests {
    /// A bookmark store in memory that answers as `weigh`'s does.
    final class MemoryBookmarks {
        var entries: [BookmarkEntry] = []

        func perform(_ effect: Effect) -> [Report] {
            switch effect {
            case .addBookmark(let position, let section, let excerpt, let label):
                let id = Int64(entries.count + 1)
                entries.append(BookmarkEntry(id: id, position: position, sectionTitle: section, excerpt: excerpt, label: label,
                                             createdAt: Date(timeIntervalSinceReferenceDate: Double(id))))
                return [.bookmarksChanged(entries)]
            case .deleteBookmark(let id):
                entries.removeAll { $0.id == id }
                return [.bookmarksChanged(entries)]
            default:
                return []
            }
        }
    }

    static func play(_ events: [InputEvent], size: Size = Size(width: 100, height: 30),
                     perform: @escaping (Effect) -> [Report] = { _ in [] }) -> (state: AppState, frames: [Canvas]) {
        let terminal = MemoryTerminal(size: size, events: events)
        var loop = ReaderLoop(state: AppState(library: ReaderFixture.library, size: size), theme: .colored, perform: perform)
        let state = loop.run(on: terminal)
        return (state, terminal.frames)
    }

    /// Found as `crash-17266d9d…` (`… 'jjjj⏎ -jjdkdu⏎ …`): with the last
    /// bookmark of the list selected, `d` deleted it and left the selection
    /// one past the end, so no bookmark was highlighted and Enter did
    /// nothing. Now the one before it is selected.
    @Test func deletingTheLastBookmarkSelectsTheOneBefore() throws {
        let store = MemoryBookmarks()
        let adding = ReaderFixture.keys("m") + [.key(.enter)] + ReaderFixture.keys("jjjjjjm") + [.key(.enter)]
            + ReaderFixture.keys("jjjjjjm") + [.key(.enter)]
        let result = Self.play(adding + ReaderFixture.keys("'Gd"), perform: store.perform)
        #expect(store.entries.count == 2)
        let pane = try #require(result.state.bookmarksPane)
        #expect(pane.list.selection == 1, "the selection is \(pane.list.selection) of \(store.entries.count)")

        let opened = Self.play(adding + ReaderFixture.keys("'Gd") + [.key(.enter)], perform: MemoryBookmarks().perform)
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

    /// Found as `crash-095c03f5…`: at the end of the comparison in a narrow
    /// terminal, widening it rewraps the claims into fewer rows but kept the
    /// old scroll, past the last row: the pane was blank until a key.
    @Test func aWiderTerminalKeepsTheComparisonScrollOnItsLastPage() throws {
        let events = ReaderFixture.keys("cG") + [.resize(Size(width: 200, height: 12))]
        let terminal = MemoryTerminal(size: Size(width: 40, height: 12), events: events)
        var loop = ReaderLoop(state: AppState(library: Self.claimsLibrary, size: terminal.size), theme: .colored)
        let state = loop.run(on: terminal)
        let pane = try #require(state.comparison)
        let rows = Reader.comparisonRows(state).count
        #expect(rows > 0)
        #expect(pane.list.scroll <= max(0, rows - state.comparisonRowsVisible), "scroll \(pane.list.scroll) of \(rows) rows")
        #expect(terminal.screen.contains { $0.contains("Claim 23") }, "the last claim is on screen")
    }

    /// Found as `crash-98cd952f…`: at the end of the help in a short
    /// terminal, making it taller kept the old scroll, so the help box showed
    /// its last lines and empty rows.
    @Test func aTallerTerminalKeepsTheHelpScrollOnItsLastPage() throws {
        let result = Self.play(ReaderFixture.keys("?G") + [.resize(Size(width: 120, height: 60))], size: Size(width: 80, height: 12))
        guard case .help(let scroll) = result.state.overlay else {
            Issue.record("the help closed")
            return
        }
        let length = HelpOverlayView.lines(for: .standard).count
        #expect(scroll <= max(0, length - (60 - 6)), "help scroll \(scroll) of \(length) lines")
    }

    /// Found by the seed `comparison` (`c` … `s` … `j`): in a comparison
    /// with no claims at all, `j` set the selection to -1.
    @Test func movingDownAComparisonWithoutClaimsKeepsTheSelectionAtZero() throws {
        let result = Self.play(ReaderFixture.keys("cjj"))
        let pane = try #require(result.state.comparison)
        #expect(pane.comparison.claims.isEmpty)
        #expect(pane.list.selection == 0)
    }
}
