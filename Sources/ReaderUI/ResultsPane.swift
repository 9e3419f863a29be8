import ArticleKit

/// The library search results pane (`F`): the query, the ranked results,
/// the selection and the scroll.
public struct ResultsPane: Hashable, Sendable {
    public var query: String
    public var results: [SearchResult]
    /// The selected result and the first result shown.
    public var list = ListViewport()

    public init(query: String, results: [SearchResult]) {
        self.query = query
        self.results = results
    }
}
