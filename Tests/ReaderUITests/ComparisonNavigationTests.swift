import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

@Suite("The comparison pane")
@MainActor
struct ComparisonNavigationTests {
    @Test func opensBesideTheBodyOnAWideTerminal() {
        let result = play([.key(.character("c"))], library: ComparisonLayoutTests.library, size: Size(width: 120, height: 40))
        let screen = result.terminal.screen
        #expect(result.state.focus == .comparison)
        #expect(result.state.layout.body != nil && result.state.layout.comparison != nil && result.state.layout.contents == nil)
        #expect(screen[1].contains("│ Comparison · this article: Article A"))
        #expect(screen[2].contains("│ Benefits") && screen[2].contains("│ Risks"))
        #expect(screen[39].contains("claim 1 of 2"))
    }

    @Test func replacesTheBodyOnANarrowTerminal() {
        let screen = play([.key(.character("c"))], library: ComparisonLayoutTests.library, size: Size(width: 80, height: 24)).terminal.screen
        #expect(screen[1] == " Comparison · this article: Article A")
        #expect(screen[2].hasPrefix(" Benefits") && screen[2].hasSuffix("│ Risks"), "two columns still fit in 80: \(screen[2])")
        let tiny = play([.key(.character("c"))], library: ComparisonLayoutTests.library, size: Size(width: 50, height: 24)).terminal.screen
        #expect(tiny.contains(" Benefits") && tiny.contains(" Risks"), "stacked under 70 columns: \(tiny)")
    }

    @Test func scopeSwitchAndTopicFilter() {
        let all = play([.key(.character("c")), .key(.character("s"))], library: ComparisonLayoutTests.library, size: Size(width: 120, height: 40))
        #expect(all.state.comparison?.scope == .library)
        #expect(all.terminal.screen[1].contains("Comparison · all articles"))
        #expect(all.terminal.screen.contains { $0.contains("≠ sources differ") })

        let filtered = play([.key(.character("c")), .key(.character("s")), .key(.character("j")), .key(.character("j")), .key(.character("t"))], library: ComparisonLayoutTests.library, size: Size(width: 120, height: 40))
        #expect(filtered.state.comparison?.comparison.topics.map(\.topic.id) == ["addiction"])
        #expect(filtered.terminal.screen[1].contains("topic: Addiction"))
        #expect(filtered.state.comparison?.selectedClaim?.claim.topicID == "addiction", "the selected claim stays selected")
        let cleared = play([.key(.character("c")), .key(.character("s")), .key(.character("t")), .key(.character("t"))], library: ComparisonLayoutTests.library, size: Size(width: 120, height: 40))
        #expect(cleared.state.comparison?.comparison.topicFilter == nil)
    }

    @Test func topicsWithBracketsAndClaimsWithJK() {
        let state = play([.key(.character("c")), .key(.character("s")), .key(.character("]"))], library: ComparisonLayoutTests.library, size: Size(width: 120, height: 40)).state
        #expect(state.comparison?.selectedClaim?.claim.topicID == "addiction")
        let back = play([.key(.character("c")), .key(.character("s")), .key(.character("]")), .key(.character("["))], library: ComparisonLayoutTests.library, size: Size(width: 120, height: 40)).state
        #expect(back.comparison?.list.selection == 0)
        let end = play([.key(.character("c")), .key(.character("s")), .key(.character("G")), .key(.character("j"))], library: ComparisonLayoutTests.library, size: Size(width: 120, height: 40)).state
        #expect(end.comparison?.list.selection == 3, "j stops at the last claim, the precaution")
    }

    @Test func enterReadsTheClaimAndEscapeComesBack() {
        let size = Size(width: 120, height: 40)
        let opened = play([.key(.character("c")), .key(.character("s")), .key(.character("]")), .key(.character("j")), .key(.enter)], library: ComparisonLayoutTests.library, size: size)
        #expect(opened.state.focus == .body)
        #expect(opened.state.reading?.article.id == "a", "the risk claim comes from article A")
        #expect(opened.state.reading?.highlightedSectionSlug == "s")
        #expect(opened.terminal.screen.contains { $0.hasPrefix("▶S") }, "the short article cannot scroll past its source block; the section is marked")
        let back = play([.key(.character("c")), .key(.character("s")), .key(.character("]")), .key(.character("j")), .key(.enter), .key(.escape)], library: ComparisonLayoutTests.library, size: size)
        #expect(back.state.focus == .comparison)
        #expect(back.state.comparison?.selectedClaim?.claim.text == "May be habit-forming")
    }

    @Test func closingGivesTheContentsBack() {
        let state = play([.key(.character("c")), .key(.character("c"))], library: ComparisonLayoutTests.library, size: Size(width: 120, height: 40)).state
        #expect(state.comparison == nil)
        #expect(state.layout.contents != nil)
        #expect(state.focus == .body)
        #expect(state.reading?.width == ScreenLayout.textRect(in: state.layout.body!, maximumWidth: state.maximumTextWidth).width, "the body reflowed back to its width")
    }
}
