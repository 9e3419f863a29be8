import Testing
@testable import ArticleKit

@Suite("The comparison model")
struct ComparisonTests {
    static func article(_ id: String, _ claims: [(Stance, String)]) -> Article {
        Article(
            id: id, title: id.uppercased(), source: SourceReference(title: "Source \(id)"),
            claims: claims.map { Claim(stance: $0.0, topicID: $0.1, text: "\(id) \($0.0.rawValue) \($0.1)", sectionSlug: "s") },
            blocks: MarkdownParser.parse("## S\n"), fileName: "\(id).md"
        )
    }

    let library = Library(
        topics: [Topic(id: "onset", title: "Onset", question: "How fast?"),
                 Topic(id: "addiction", title: "Addiction", question: "Addictive?"),
                 Topic(id: "cost", title: "Cost", question: "Cost?")],
        articles: [
            article("about", []),
            article("a", [(.risk, "addiction"), (.benefit, "onset"), (.risk, "onset")]),
            article("b", [(.benefit, "addiction"), (.benefit, "onset")]),
        ]
    )

    @Test func libraryScopeGroupsByTopicInVocabularyOrder() {
        let comparison = Comparison.build(from: library, scope: .library)
        #expect(comparison.topics.map(\.topic.id) == ["onset", "addiction"], "cost has no claims, so it is not shown")
        let onset = comparison.topics[0]
        #expect(onset.benefits.map(\.claim.text) == ["a benefit onset", "b benefit onset"])
        #expect(onset.risks.map(\.claim.text) == ["a risk onset"])
        #expect(comparison.claims.count == 5)
        #expect(comparison.benefitCount == 3 && comparison.riskCount == 2)
    }

    @Test func sourcesAreNumberedAndArticlesWithoutClaimsLeftOut() {
        let comparison = Comparison.build(from: library, scope: .library)
        #expect(comparison.sources.map(\.articleID) == ["a", "b"])
        #expect(comparison.sources.map(\.number) == [1, 2])
        #expect(comparison.topics[1].risks.first?.sourceNumber == 1)
        #expect(comparison.topics[1].benefits.first?.sourceNumber == 2)
    }

    @Test func disagreementNeedsTwoDifferentSources() {
        let comparison = Comparison.build(from: library, scope: .library)
        #expect(comparison.topics[0].sourcesDiffer, "a says risk, b says benefit on onset")
        #expect(comparison.topics[1].sourcesDiffer)
        let single = Comparison.build(from: library, scope: .article(id: "a"))
        #expect(single.topics.allSatisfy { !$0.sourcesDiffer }, "one article weighing both sides is not a disagreement")
    }

    @Test func articleScopeShowsOnlyItsTopics() {
        let comparison = Comparison.build(from: library, scope: .article(id: "b"))
        #expect(comparison.topics.map(\.topic.id) == ["onset", "addiction"])
        #expect(comparison.claims.allSatisfy { $0.articleID == "b" })
        #expect(Comparison.build(from: library, scope: .article(id: "about")).topics.isEmpty)
    }

    @Test func topicFilterNarrows() {
        let comparison = Comparison.build(from: library, scope: .library, topicID: "addiction")
        #expect(comparison.topics.map(\.topic.id) == ["addiction"])
        #expect(comparison.topicFilter == "addiction")
        #expect(comparison.sources.count == 2, "the legend still names every source")
    }
}
