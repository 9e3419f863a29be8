/// Library-wide search in one call. To search the same library again and
/// again (as the reader does while a query is typed), build a
/// `LibrarySearchIndex` once and ask it instead.
public enum LibrarySearch {
    /// Every match of `query` (smart case, diacritics ignored) in the
    /// library's titles, headings, claims, summaries and bodies, ranked
    /// (see `LibrarySearchIndex`), at most `limit`.
    public static func search(_ query: String, in library: Library, limit: Int = 500) -> [SearchResult] {
        let matcher = TextMatcher(query: query)
        guard !matcher.isEmpty else { return [] }
        return LibrarySearchIndex(articles: library.articles).search(matcher, limit: limit)
    }
}
