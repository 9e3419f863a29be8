import ArticleKit

/// The library search results pane (`F`): the query, the ranked results,
/// the selection and the scroll.
public struct ResultsPane: Hashable, Sendable {
    public var query: String
    public var results: [SearchResult]
    public var selection = 0
    public var scroll = 0

    public init(query: String, results: [SearchResult]) {
        self.query = query
        self.results = results
    }
}
