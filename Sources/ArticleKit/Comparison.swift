/// Which claims a comparison weighs: one article's, or the whole library's.
public enum ComparisonScope: Hashable, Sendable {
    case article(id: String)
    case library
}

/// A claim as the comparison shows it: with the article it comes from and
/// the number that tags it in the legend.
public struct ComparedClaim: Hashable, Sendable {
    public var claim: Claim
    public var articleID: String
    public var sourceNumber: Int

    public init(claim: Claim, articleID: String, sourceNumber: Int) {
        self.claim = claim
        self.articleID = articleID
        self.sourceNumber = sourceNumber
    }
}

/// One topic's claims, split by stance. `sourcesDiffer` is true when one
/// source states a benefit and a different source a risk on this topic.
public struct TopicComparison: Hashable, Sendable {
    public var topic: Topic
    public var benefits: [ComparedClaim]
    public var risks: [ComparedClaim]

    public init(topic: Topic, benefits: [ComparedClaim], risks: [ComparedClaim]) {
        self.topic = topic
        self.benefits = benefits
        self.risks = risks
    }

    public var sourcesDiffer: Bool {
        let benefitSources = Set(benefits.map(\.articleID))
        let riskSources = Set(risks.map(\.articleID))
        return benefitSources.contains { source in riskSources.contains { $0 != source } }
    }

    /// Benefits first, then risks: the order `j`/`k` move through.
    public var claims: [ComparedClaim] { benefits + risks }
}

/// A source in the comparison's legend: `[number]` → article and source.
public struct ComparisonSource: Hashable, Sendable {
    public var number: Int
    public var articleID: String
    public var articleTitle: String
    public var source: SourceReference?

    public init(number: Int, articleID: String, articleTitle: String, source: SourceReference?) {
        self.number = number
        self.articleID = articleID
        self.articleTitle = articleTitle
        self.source = source
    }
}

/// What the articles say for and against the treatment, topic by topic, in
/// `topics.yaml` order; topics no claim discusses are left out.
public struct Comparison: Hashable, Sendable {
    public var scope: ComparisonScope
    public var topicFilter: String?
    public var topics: [TopicComparison]
    /// Articles that contribute claims, numbered from 1 in library order.
    public var sources: [ComparisonSource]

    /// Builds the comparison for `scope`, optionally narrowed to one topic.
    public static func build(from library: Library, scope: ComparisonScope, topicID: String? = nil) -> Comparison {
        let articles: [Article]
        switch scope {
        case .library: articles = library.articles
        case .article(let id): articles = library.articles.filter { $0.id == id }
        }
        var sources: [ComparisonSource] = []
        var byTopic: [String: (benefits: [ComparedClaim], risks: [ComparedClaim])] = [:]
        for article in articles where !article.claims.isEmpty {
            let number = sources.count + 1
            sources.append(ComparisonSource(number: number, articleID: article.id, articleTitle: article.title, source: article.source))
            for claim in article.claims where topicID == nil || claim.topicID == topicID {
                let compared = ComparedClaim(claim: claim, articleID: article.id, sourceNumber: number)
                switch claim.stance {
                case .benefit: byTopic[claim.topicID, default: ([], [])].benefits.append(compared)
                case .risk: byTopic[claim.topicID, default: ([], [])].risks.append(compared)
                }
            }
        }
        var ordered = library.topics
        let known = Set(ordered.map(\.id))
        // Claims on topics the vocabulary lacks (no topics.yaml) still show, after the rest.
        for id in byTopic.keys.sorted() where !known.contains(id) {
            ordered.append(Topic(id: id, title: id, question: ""))
        }
        let topics = ordered.compactMap { topic -> TopicComparison? in
            guard let claims = byTopic[topic.id] else { return nil }
            return TopicComparison(topic: topic, benefits: claims.benefits, risks: claims.risks)
        }
        return Comparison(scope: scope, topicFilter: topicID, topics: topics, sources: sources)
    }

    /// Every claim in display order (topic by topic, benefits then risks).
    public var claims: [ComparedClaim] { topics.flatMap(\.claims) }

    public var benefitCount: Int { topics.reduce(0) { $0 + $1.benefits.count } }
    public var riskCount: Int { topics.reduce(0) { $0 + $1.risks.count } }
}
