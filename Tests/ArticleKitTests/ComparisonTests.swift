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

    /// Claims written as (source, stance, point) on one topic.
    static func topic(_ claims: [(String, Stance, String?)]) -> TopicComparison {
        let articles = Dictionary(grouping: claims, by: \.0).keys.sorted().map { id in
            Article(id: id, title: id, claims: claims.filter { $0.0 == id }.enumerated().map {
                Claim(stance: $0.element.1, topicID: "t", text: "\(id) \($0.offset)", sectionSlug: "s", point: $0.element.2)
            }, blocks: [], fileName: "\(id).md")
        }
        let library = Library(topics: [Topic(id: "t", title: "T", question: "")], articles: articles)
        return Comparison.build(from: library, scope: .library).topics[0]
    }

    @Test func sourcesAgreeingDoNotDiffer() {
        // Both advise supervision; both say it is well tolerated while
        // granting some people get side effects (different points).
        let topic = Self.topic([("a", .precaution, nil), ("b", .precaution, nil), ("a", .benefit, "tolerated"),
                                ("b", .benefit, "tolerated"), ("b", .risk, "some-side-effects")])
        #expect(!topic.sourcesDiffer)
        #expect(topic.disputedPoints.isEmpty)
        #expect(topic.selfContradictingSources.isEmpty)
        #expect(topic.precautions.count == 2)
    }

    @Test func aBenefitAndARiskWithoutACommonPointDoNotDiffer() {
        let topic = Self.topic([("a", .benefit, nil), ("b", .risk, nil), ("a", .benefit, "x"), ("b", .risk, "y")])
        #expect(!topic.sourcesDiffer, "each can be true at once")
    }

    @Test func oppositeStancesOnOnePointFromTwoSourcesDiffer() {
        let topic = Self.topic([("a", .benefit, "addictive"), ("b", .risk, "addictive"), ("b", .precaution, "addictive"), ("a", .risk, "other")])
        #expect(topic.sourcesDiffer)
        #expect(topic.disputedPoints == ["addictive"])
        #expect(topic.claims.map { topic.isDisputed($0) } == [true, false, true, false], "benefit a, risks a (other) then b, precaution b")
        #expect(topic.selfContradictingSources.isEmpty)
    }

    @Test func aSourceContradictingItselfIsNotASourceDisagreement() {
        let topic = Self.topic([("a", .benefit, "harm"), ("a", .risk, "harm"), ("b", .benefit, "harm")])
        #expect(topic.selfContradictingSources == [1])
        #expect(topic.sourcesDiffer, "b's benefit still opposes a's risk")
        let alone = Self.topic([("a", .benefit, "harm"), ("a", .risk, "harm")])
        #expect(alone.selfContradictingSources == [1])
        #expect(!alone.sourcesDiffer, "one source is not two sources differing")
    }

    @Test func whoSaysWhatListsEachSourcesStancesNotCounts() {
        let topic = Self.topic([("a", .risk, nil), ("a", .benefit, nil), ("a", .benefit, nil), ("b", .precaution, nil)])
        #expect(topic.stancesBySource.map(\.source) == [1, 2])
        #expect(topic.stancesBySource.map(\.stances) == [[.benefit, .risk], [.precaution]])
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
