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

/// One topic's claims, split by stance.
///
/// Sources *differ* on a topic when two different sources take opposite
/// stances (benefit against risk) on the same point (`Claim.point`): one
/// says it is not habit-forming, another that it may be. A benefit and a
/// risk on different points are both true at once ("well tolerated";
/// "some people get side effects"), and a precaution opposes nothing, so
/// neither makes a disagreement.
public struct TopicComparison: Hashable, Sendable {
    public var topic: Topic
    public let benefits: [ComparedClaim]
    public let risks: [ComparedClaim]
    public let precautions: [ComparedClaim]
    /// The points on which different sources take opposite stances, in
    /// the order they first appear. Worked out once: layouts ask about
    /// every claim on every frame.
    public let disputedPoints: [String]

    public init(topic: Topic, benefits: [ComparedClaim], risks: [ComparedClaim], precautions: [ComparedClaim] = []) {
        self.topic = topic
        self.benefits = benefits
        self.risks = risks
        self.precautions = precautions
        disputedPoints = Self.pointsInOrder(benefits, risks).filter { point in
            let benefitSources = Set(benefits.filter { $0.claim.point == point }.map(\.sourceNumber))
            let riskSources = Set(risks.filter { $0.claim.point == point }.map(\.sourceNumber))
            return benefitSources.contains { source in riskSources.contains { $0 != source } }
        }
    }

    public var sourcesDiffer: Bool { !disputedPoints.isEmpty }

    /// Sources that state both a benefit and a risk on the same point, by
    /// source number: a source at odds with itself, not with another.
    public var selfContradictingSources: [Int] {
        var found: [Int] = []
        for point in Self.pointsInOrder(benefits, risks) {
            let benefitSources = Set(benefits.filter { $0.claim.point == point }.map(\.sourceNumber))
            for claim in risks where claim.claim.point == point && benefitSources.contains(claim.sourceNumber) && !found.contains(claim.sourceNumber) {
                found.append(claim.sourceNumber)
            }
        }
        return found.sorted()
    }

    /// Whether `claim` takes part in a disagreement between sources.
    public func isDisputed(_ claim: ComparedClaim) -> Bool {
        guard let point = claim.claim.point, claim.claim.stance != .precaution else { return false }
        return disputedPoints.contains(point)
    }

    /// Which stances each source takes on this topic, in source order: the
    /// topic's "who says what" line, never a count.
    public var stancesBySource: [(source: Int, stances: [Stance])] {
        // A bit for each stance, by its place in `Stance.allCases`, in a
        // slot for each source number (numbers run from 1 up): a topic of
        // a large library has thousands of sources.
        let groups = [benefits, risks, precautions]
        let highest = groups.reduce(0) { highest, group in group.reduce(highest) { max($0, $1.sourceNumber) } }
        var bySource = [UInt8](repeating: 0, count: highest + 1)
        for group in groups {
            for claim in group where claim.sourceNumber >= 0 {
                bySource[claim.sourceNumber] |= UInt8(1) << Stance.allCases.firstIndex(of: claim.claim.stance)!
            }
        }
        // Every set of stances, made once and shared.
        let sets = (0..<(1 << Stance.allCases.count)).map { bits in
            Stance.allCases.indices.filter { bits & 1 << $0 != 0 }.map { Stance.allCases[$0] }
        }
        return bySource.indices.compactMap { source in bySource[source] == 0 ? nil : (source, sets[Int(bySource[source])]) }
    }

    /// Benefits, then risks, then precautions: the order `j`/`k` move through.
    public var claims: [ComparedClaim] { benefits + risks + precautions }

    private static func pointsInOrder(_ benefits: [ComparedClaim], _ risks: [ComparedClaim]) -> [String] {
        var points: [String] = []
        var seen: Set<String> = []
        for group in [benefits, risks] {
            for claim in group {
                if let point = claim.claim.point, seen.insert(point).inserted { points.append(point) }
            }
        }
        return points
    }
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
        var byTopic: [String: [Stance: [ComparedClaim]]] = [:]
        for article in articles where !article.claims.isEmpty {
            let number = sources.count + 1
            sources.append(ComparisonSource(number: number, articleID: article.id, articleTitle: article.title, source: article.source))
            for claim in article.claims where topicID == nil || claim.topicID == topicID {
                let compared = ComparedClaim(claim: claim, articleID: article.id, sourceNumber: number)
                byTopic[claim.topicID, default: [:]][claim.stance, default: []].append(compared)
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
            return TopicComparison(topic: topic, benefits: claims[.benefit] ?? [], risks: claims[.risk] ?? [], precautions: claims[.precaution] ?? [])
        }
        return Comparison(scope: scope, topicFilter: topicID, topics: topics, sources: sources)
    }

    /// Every claim in display order (topic by topic, benefits then risks).
    public var claims: [ComparedClaim] { topics.flatMap(\.claims) }

    public var benefitCount: Int { topics.reduce(0) { $0 + $1.benefits.count } }
    public var riskCount: Int { topics.reduce(0) { $0 + $1.risks.count } }
    public var precautionCount: Int { topics.reduce(0) { $0 + $1.precautions.count } }
}
