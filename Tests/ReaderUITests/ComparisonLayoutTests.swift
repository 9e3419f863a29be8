import ArticleKit
import Testing
@testable import ReaderUI

@Suite("Laying out the comparison")
struct ComparisonLayoutTests {
    static let library = Library(
        topics: [Topic(id: "onset", title: "Onset", question: "How fast?"), Topic(id: "addiction", title: "Addiction", question: "Addictive?")],
        articles: [
            Article(id: "a", title: "Article A", source: SourceReference(title: "Source A"),
                    claims: [Claim(stance: .benefit, topicID: "onset", text: "Works within hours for many people who try it", sectionSlug: "s"),
                             Claim(stance: .risk, topicID: "addiction", text: "May be habit-forming", sectionSlug: "s")],
                    blocks: MarkdownParser.parse("## S\n"), fileName: "a.md"),
            Article(id: "b", title: "Article B",
                    claims: [Claim(stance: .benefit, topicID: "addiction", text: "Not highly addictive under supervision", sectionSlug: "s")],
                    blocks: MarkdownParser.parse("## S\n"), fileName: "b.md"),
        ]
    )

    @Test func columnsStartOnTheSameRowAndAlign() throws {
        let rows = ComparisonLayout.rows(for: Comparison.build(from: Self.library, scope: .library), width: 72).map(\.plainText)
        #expect(rows[0].hasPrefix("Benefits") && rows[0].contains("│ Risks"))
        let addiction = try #require(rows.firstIndex { $0.hasPrefix("Addiction — Addictive?") })
        #expect(rows[addiction + 1] == "▲ 1 benefit █   ▼ 1 risk █   ≠ sources differ")
        let firstClaims = rows[addiction + 2]
        #expect(firstClaims.hasPrefix("• Not highly addictive under "))
        #expect(firstClaims.hasSuffix("│ • May be habit-forming [1]"), "the topic's two columns start on the same row")
        let dividers = rows.filter { $0.hasPrefix("• ") || $0.hasPrefix("  ") }.map { row in
            DisplayWidth.of(row.prefix { $0 != "│" })
        }
        #expect(Set(dividers) == [35], "every claim row has its divider in the same column: \(rows)")
    }

    @Test func narrowWidthStacksBenefitsAboveRisks() {
        let rows = ComparisonLayout.rows(for: Comparison.build(from: Self.library, scope: .library), width: 40).map(\.plainText)
        let addiction = try! #require(rows.firstIndex { $0.hasPrefix("Addiction") })
        #expect(Array(rows[addiction + 3...addiction + 6]) == ["Benefits", "• Not highly addictive under supervision", "  [2]", "Risks"])
        #expect(rows[addiction + 1] == "▲ 1 benefit █   ▼ 1 risk █")
        #expect(rows[addiction + 2] == "≠ sources differ", "the mark moves whole to the next row")
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 40 })
    }

    @Test func articleScopeHasNoSourceTags() {
        let rows = ComparisonLayout.rows(for: Comparison.build(from: Self.library, scope: .article(id: "a")), width: 80).map(\.plainText)
        #expect(!rows.joined().contains("[1]"))
        #expect(!rows.contains("Sources"))
        #expect(rows.contains { $0.contains("not medical advice") })
    }

    @Test func legendNamesEverySource() {
        let rows = ComparisonLayout.rows(for: Comparison.build(from: Self.library, scope: .library), width: 80).map(\.plainText)
        #expect(rows.contains("[1] Article A — based on “Source A”"))
        #expect(rows.contains("[2] Article B"))
    }

    @Test func selectionSpansCoverTheClaimsColumn() {
        let rows = ComparisonLayout.rows(for: Comparison.build(from: Self.library, scope: .library), width: 72)
        let spans = rows.flatMap(\.claimSpans)
        #expect(Set(spans.map(\.claim)) == [0, 1, 2])
        #expect(spans.filter { $0.claim == 2 }.allSatisfy { $0.x == 37 && $0.width == 35 }, "the risk column")
    }

    @Test func markdownHasATablePerTopic() {
        let markdown = ComparisonMarkdown.render(Comparison.build(from: Self.library, scope: .library), title: "T")
        #expect(markdown.contains("## Addiction\n\n*Addictive?*\n\n1 benefit, 1 risk. **≠ Sources differ** on this topic."))
        #expect(markdown.contains("| Benefits | Risks |\n|---|---|\n| Not highly addictive under supervision [2] | May be habit-forming [1] |"))
        #expect(markdown.contains("1. **Article A** (`a`) — based on “Source A”"))
        #expect(markdown.contains("not medical advice"))
    }
}
