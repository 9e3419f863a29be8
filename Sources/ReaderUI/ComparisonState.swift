import ArticleKit
import DecisionKit

/// The open comparison pane: what it weighs (scope, topic filter), the
/// comparison built for that, the selected claim and the scroll.
public struct ComparisonState: Hashable, Sendable {
    public private(set) var comparison: Comparison
    /// The selected claim (an index into `comparison.claims`) and the
    /// first comparison row shown.
    public var list = ListViewport()
    /// Whether the topics that matter most to the person come first.
    public private(set) var mattersFirst = false

    public init(library: Library, scope: ComparisonScope, topicID: String? = nil) {
        comparison = Comparison.build(from: library, scope: scope, topicID: topicID)
    }

    public var scope: ComparisonScope { comparison.scope }

    /// The selected claim, if the comparison has any.
    public var selectedClaim: ComparedClaim? {
        let claims = comparison.claims
        return claims.indices.contains(list.selection) ? claims[list.selection] : nil
    }

    /// Rebuilds for a new scope or filter, keeping the selected claim
    /// selected when it is still shown.
    public mutating func rebuild(library: Library, scope: ComparisonScope, topicID: String?, importance: [String: Importance] = [:]) {
        let kept = selectedClaim
        comparison = Comparison.build(from: library, scope: scope, topicID: topicID)
        if mattersFirst { comparison.topics = Self.ordered(comparison.topics, by: importance) }
        list.selection = kept.flatMap { claim in comparison.claims.firstIndex(of: claim) }
            ?? kept.flatMap { claim in comparison.claims.firstIndex { $0.claim == claim.claim && $0.articleID == claim.articleID } }
            ?? 0
        list.scroll = 0
    }

    /// Puts the topics that matter most first (or back in vocabulary
    /// order), keeping the selected claim selected.
    public mutating func setMattersFirst(_ on: Bool, library: Library, importance: [String: Importance]) {
        mattersFirst = on
        rebuild(library: library, scope: scope, topicID: comparison.topicFilter, importance: importance)
    }

    /// Orders the topics again after a rating changed.
    mutating func reorder(by importance: [String: Importance]) {
        let kept = selectedClaim
        comparison.topics = Self.ordered(comparison.topics, by: importance)
        if let kept, let index = comparison.claims.firstIndex(of: kept) { list.selection = index }
    }

    /// Most important first; vocabulary order among equals.
    static func ordered(_ topics: [TopicComparison], by importance: [String: Importance]) -> [TopicComparison] {
        topics.enumerated().sorted { left, right in
            let a = importance[left.element.topic.id] ?? .notRated, b = importance[right.element.topic.id] ?? .notRated
            return a != b ? a > b : left.offset < right.offset
        }.map(\.element)
    }

    /// The title the pane shows: scope, filter and order.
    public func title(library: Library) -> String {
        var title: String
        switch scope {
        case .library: title = "Comparison · all articles"
        case .article(let id): title = "Comparison · this article: " + (library.article(withID: id)?.title ?? id)
        }
        if let filter = comparison.topicFilter {
            title += " · topic: " + (library.topic(withID: filter)?.title ?? filter)
        }
        if mattersFirst { title += " · what matters to you first" }
        return title
    }
}
