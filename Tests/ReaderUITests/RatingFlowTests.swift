import ArticleKit
import DecisionKit
import Testing
@testable import ReaderUI
import WeighTestSupport

/// Rating what matters in the comparison: 1–4 and 0 on the selected
/// claim's topic, shown in words once the store has it, and `o` for the
/// topics that matter most first.
@Suite("Rating what matters to me")
@MainActor
struct RatingFlowTests {
    static let size = Size(width: 120, height: 40)

    static func play(_ keys: String, store: MemoryPersonalStore = MemoryPersonalStore()) -> (state: AppState, screen: [String]) {
        let result = WeighTestSupport.play(ReaderFixture.keys(keys), library: ComparisonLayoutTests.library, size: size, theme: .monochrome, store: store)
        return (result.state, result.terminal.screen)
    }

    @Test func aRatingIsAskedOfTheStoreAndShownInWordsOnceKept() {
        let store = MemoryPersonalStore()
        // c opens this article's claims; s all articles; ] the second topic (addiction).
        let rated = Self.play("cs]3", store: store)
        #expect(store.performed.contains(.rateTopic(id: "addiction", .aLot)))
        #expect(rated.state.records.importance == ["addiction": .aLot])
        #expect(rated.screen.contains { $0.contains("Addiction — Addictive? · matters a lot to you") }, "\(rated.screen)")
        #expect(rated.screen.last?.contains("Saved: matters a lot to you") == true)
        let cleared = Self.play("cs]30", store: MemoryPersonalStore())
        #expect(cleared.state.records.importance.isEmpty)
        #expect(!cleared.screen.contains { $0.contains("matters") && $0.contains("Addiction —") })
    }

    @Test func withoutAStoreAnswerNothingIsShownAsKept() {
        let unanswered = WeighTestSupport.play(ReaderFixture.keys("cs]4"), library: ComparisonLayoutTests.library, size: Self.size, theme: .monochrome)
        #expect(unanswered.state.records.importance.isEmpty, "a rating shows only once the store has it")
    }

    @Test func whatMattersMostComesFirstOnO() {
        let store = MemoryPersonalStore()
        let ordered = Self.play("cs]4o", store: store)
        #expect(ordered.state.comparison?.comparison.topics.map(\.topic.id) == ["addiction", "onset"])
        #expect(ordered.state.comparison?.selectedClaim?.claim.topicID == "addiction", "the selected claim stays selected")
        #expect(ordered.screen[1].contains("what matters to you first"))
        let back = Self.play("cs]4oo", store: MemoryPersonalStore())
        #expect(back.state.comparison?.comparison.topics.map(\.topic.id) == ["onset", "addiction"])
    }

    @Test func theKeysAreInTheHelpAndTheStatusLine() {
        let comparison = Self.play("c")
        #expect(comparison.screen.last?.contains("1/4 rate") == true, "\(comparison.screen.last ?? "")")
        let lines = HelpOverlayView.lines(for: .standard)
        #expect(lines.contains { $0.keys == "4" && $0.summary?.contains("matters most") == true })
        #expect(lines.contains { $0.keys == "o" && $0.summary?.contains("first") == true })
    }
}
