import ArticleKit
import DecisionKit
import Testing
@testable import ReaderUI
import WeighTestSupport

/// `d`: "My decision" over the panes, everything recorded in one place.
@Suite("My decision in the reader")
@MainActor
struct DecisionOverlayTests {
    static func play(_ keys: String, size: Size = Size(width: 120, height: 40), store: MemoryBookmarkStore = MemoryBookmarkStore())
        -> (state: AppState, screen: [String]) {
        let result = WeighTestSupport.play(ReaderFixture.keys(keys), library: ComparisonLayoutTests.library, size: size, theme: .monochrome, store: store)
        return (result.state, result.terminal.screen)
    }

    @Test func showsWhatWasRecordedAndClosesAgain() {
        // Rate addiction 3 and write a note on its risk claim, then d.
        let store = MemoryBookmarkStore()
        let opened = WeighTestSupport.play(ReaderFixture.keys("cs]3j") + [.key(.character("a"))] + ReaderFixture.keys("Ask about this")
                                           + [.key(.enter), .key(.character("d"))],
                                           library: ComparisonLayoutTests.library, size: Size(width: 120, height: 60), theme: .monochrome, store: store)
        let screen = opened.terminal.screen
        #expect(screen[1].hasPrefix(" My decision — d or Esc closes"))
        #expect(screen.contains { $0.contains("Addiction — matters a lot to you") }, "\(screen)")
        #expect(screen.contains { $0.contains("On “May be habit-forming”: Ask about this") })
        #expect(screen.contains { $0.contains("not medical advice") })
        #expect(opened.state.overlay == .decision(scroll: 0))
        let closed = WeighTestSupport.play(ReaderFixture.keys("dd"), library: ComparisonLayoutTests.library, size: Size(width: 120, height: 40), theme: .monochrome)
        #expect(closed.state.overlay == nil)
    }

    @Test func nothingRecordedSaysHowToStart() {
        let screen = Self.play("d").screen
        #expect(screen.contains { $0.contains("Nothing recorded yet.") })
    }

    @Test(arguments: [Size(width: 60, height: 12), Size(width: 120, height: 40)])
    func scrollsToAFullLastPage(size: Size) {
        let store = MemoryBookmarkStore()
        let result = Self.play("cs]3[4dG", size: size, store: store)
        guard case .decision(let scroll) = result.state.overlay else {
            Issue.record("the decision is open")
            return
        }
        #expect(scroll == DecisionOverlayView.lastScroll(for: result.state))
        let last = DecisionOverlayView.lines(for: result.state).last?.plainText ?? ""
        #expect(result.screen[size.height - 2].trimmingCharacters(in: .whitespaces) == last.trimmingCharacters(in: .whitespaces),
                "the last line sits at the bottom: \(result.screen)")
    }

    @Test func theKeyIsInTheHelp() {
        #expect(HelpOverlayView.lines(for: .standard).contains { $0.keys == "d" && $0.summary?.hasPrefix("My decision") == true })
    }
}
