import ArticleKit

/// The open comparison pane: what it weighs (scope, topic filter), the
/// comparison built for that, the selected claim and the scroll.
public struct ComparisonState: Hashable, Sendable {
    public private(set) var comparison: Comparison
    /// The selected claim (an index into `comparison.claims`) and the
    /// first comparison row shown.
    public var list = ListViewport()

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
    public mutating func rebuild(library: Library, scope: ComparisonScope, topicID: String?) {
        let kept = selectedClaim
        comparison = Comparison.build(from: library, scope: scope, topicID: topicID)
        list.selection = kept.flatMap { claim in comparison.claims.firstIndex(of: claim) }
            ?? kept.flatMap { claim in comparison.claims.firstIndex { $0.claim == claim.claim && $0.articleID == claim.articleID } }
            ?? 0
        list.scroll = 0
    }

    /// The title the pane shows: scope and filter.
    public func title(library: Library) -> String {
        var title: String
        switch scope {
        case .library: title = "Comparison · all articles"
        case .article(let id): title = "Comparison · this article: " + (library.article(withID: id)?.title ?? id)
        }
        if let filter = comparison.topicFilter {
            title += " · topic: " + (library.topic(withID: filter)?.title ?? filter)
        }
        return title
    }
}
