import Testing
@testable import ArticleKit

@Suite("Search: snippets")
struct SearchSnippetTests {
    static let long = """
    Ketamine has been used in medicine for decades as an anesthetic, and more recently clinics \
    have offered infusions for depression that has not responded to other treatment; the article \
    weighs what such infusions may offer against the side effects and the cost that come with them \
    over a course of several sessions spread across weeks.
    """

    static func matched(_ snippet: SearchSnippet) -> String {
        String(Array(snippet.text)[snippet.match])
    }

    static func columns(_ text: String) -> Int {
        text.reduce(0) { $0 + SearchSnippet.estimatedColumns($1) }
    }

    @Test func shortTextIsShownWhole() {
        let snippet = SearchSnippet(around: 11..<18, in: "Effects in minutes, not weeks.")
        #expect(snippet.text == "Effects in minutes, not weeks.")
        #expect(Self.matched(snippet) == "minutes")
    }

    @Test func longTextIsCutOnBothSidesAroundACentredMatch() {
        let match = SearchMatchingTests.characters(of: "depression", in: Self.long)
        let snippet = SearchSnippet(around: match, in: Self.long)
        #expect(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"))
        #expect(Self.columns(snippet.text) <= 80)
        #expect(Self.columns(snippet.text) >= 60, "cut at words, but not far short of the width")
        #expect(Self.matched(snippet) == "depression")
        let before = snippet.match.lowerBound
        let after = snippet.text.count - snippet.match.upperBound
        #expect(abs(before - after) <= 16, "roughly centred: \(before) before, \(after) after")
        #expect(!snippet.text.contains("…  ") && !snippet.text.contains(" …"), "no spaces next to the cut marks")
    }

    @Test func matchNearTheStartGivesTheRestToTheRight() {
        let snippet = SearchSnippet(around: 0..<8, in: Self.long)
        #expect(snippet.text.hasPrefix("Ketamine has been used"))
        #expect(snippet.text.hasSuffix("…"))
        #expect(snippet.match == 0..<8)
        #expect(Self.columns(snippet.text) >= 70)
    }

    @Test func matchNearTheEndGivesTheRestToTheLeft() {
        let match = SearchMatchingTests.characters(of: "weeks", in: Self.long)
        let snippet = SearchSnippet(around: match, in: Self.long)
        #expect(snippet.text.hasPrefix("…"))
        #expect(snippet.text.hasSuffix("across weeks."))
        #expect(Self.matched(snippet) == "weeks")
    }

    @Test func whitespaceIsCollapsedToOneLine() {
        let text = "A list:\n\n- first   item\n- second\titem"
        let match = SearchMatchingTests.characters(of: "second", in: text)
        let snippet = SearchSnippet(around: match, in: text)
        #expect(snippet.text == "A list: - first item - second item")
        #expect(Self.matched(snippet) == "second")
    }

    @Test func matchSpanningALineBreakIsShownWithASpace() {
        let text = "few side\neffects at all"
        let snippet = SearchSnippet(around: 4..<16, in: text)
        #expect(Self.matched(snippet) == "side effects")
    }

    @Test func wideCharactersTakeTwoColumns() {
        let text = String(repeating: "氯胺酮治疗抑郁症", count: 20) + "目标" + String(repeating: "氯胺酮治疗抑郁症", count: 20)
        let start = 160
        let snippet = SearchSnippet(around: start..<(start + 2), in: text)
        #expect(Self.matched(snippet) == "目标")
        #expect(Self.columns(snippet.text) <= 80)
        #expect(snippet.text.count <= 42)
    }

    @Test func aCallerCanMeasureColumnsItself() {
        let snippet = SearchSnippet(around: 0..<8, in: Self.long, width: 30) { _ in 1 }
        #expect(snippet.text.count <= 30)
        #expect(snippet.text.hasPrefix("Ketamine"))
    }

    @Test func aMatchTooLongForTheLineIsClipped() {
        let match = 9..<(Self.long.count - 10)
        let snippet = SearchSnippet(around: match, in: Self.long, width: 40)
        #expect(snippet.text.hasPrefix("…has been"))
        #expect(snippet.text.hasSuffix("…"))
        #expect(Self.columns(snippet.text) <= 40)
        #expect(snippet.match.lowerBound == 1 && snippet.match.upperBound == snippet.text.count - 1)
    }
}
