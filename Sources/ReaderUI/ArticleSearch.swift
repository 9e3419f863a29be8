import ArticleKit

/// One match of a search in the open article, as laid out: the rows it
/// covers (a match can run across a line break) and, on each, the
/// character range it covers in that row's text.
public struct SearchHit: Hashable, Sendable {
    /// (layout line, first character, character count) for each row.
    public var parts: [Part]
    public var firstLine: Int { parts[0].line }

    /// The piece of a match on one laid-out line.
    public struct Part: Hashable, Sendable {
        public var line: Int
        public var start: Int
        public var length: Int
    }
}

/// A search in the open article: the query, every match in reading
/// order, and which one is current. A line break inside a paragraph counts
/// as a space, so phrases are found across wrapped lines.
public struct ArticleSearch: Hashable, Sendable {
    public let query: String
    public private(set) var hits: [SearchHit]
    public var current: Int?

    /// Finds every match of `query` in `lines` (one article's layout).
    public init(query: String, lines: [LayoutLine]) {
        self.query = query
        hits = []
        let matcher = TextMatcher(query: query)
        guard !matcher.isEmpty else { return }
        var start = 0
        while start < lines.count {
            var end = start
            while end < lines.count && lines[end].blockIndex == lines[start].blockIndex { end += 1 }
            hits += Self.hits(in: lines[start..<end], firstLine: start, matcher: matcher)
            start = end
        }
    }

    /// Matches within one block: its lines joined by spaces, matched once,
    /// then split back into rows.
    private static func hits(in block: ArraySlice<LayoutLine>, firstLine: Int, matcher: TextMatcher) -> [SearchHit] {
        var text = ""
        var lineStarts: [Int] = []
        var length = 0
        for line in block {
            if !lineStarts.isEmpty {
                text += " "
                length += 1
            }
            lineStarts.append(length)
            let lineText = line.runs.map(\.text).joined()
            text += lineText
            length += lineText.count
        }
        return matcher.matches(in: text).map { range in
            var parts: [SearchHit.Part] = []
            for (index, lineStart) in lineStarts.enumerated() {
                let lineEnd = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : length
                let from = max(range.lowerBound, lineStart)
                let to = min(range.upperBound, lineEnd)
                if from < to { parts.append(SearchHit.Part(line: firstLine + index, start: from - lineStart, length: to - from)) }
            }
            return SearchHit(parts: parts.isEmpty ? [SearchHit.Part(line: firstLine, start: 0, length: 0)] : parts)
        }
    }

    /// The first match on or after `line`, wrapping to the first; and
    /// whether it wrapped.
    public func next(after line: Int, strictly: Bool) -> (index: Int, wrapped: Bool)? {
        guard !hits.isEmpty else { return nil }
        if let index = hits.firstIndex(where: { strictly ? $0.firstLine > line : $0.firstLine >= line }) { return (index, false) }
        return (0, true)
    }

    /// The last match before `line`, wrapping to the last.
    public func previous(before line: Int) -> (index: Int, wrapped: Bool)? {
        guard !hits.isEmpty else { return nil }
        if let index = hits.lastIndex(where: { $0.firstLine < line }) { return (index, false) }
        return (hits.count - 1, true)
    }
}

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
