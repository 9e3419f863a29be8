import Foundation

/// A library prepared for search: every title, heading, claim, summary and
/// body block folded once, so each query is one fast scan (10,000 articles
/// of ~5 KB in a few milliseconds). Build it once when the library loads;
/// it is `Sendable`, so a search can run off the main thread.
///
/// Results come in ranking order: title matches, then heading, claim,
/// summary and body matches; within a kind, in library order, then by
/// position. Every occurrence is a result, up to `limit`. A heading with
/// the same text as the article's title is left to the title's result.
public struct LibrarySearchIndex: Sendable {
    public let articles: [Article]
    /// One field per kind, in ranking order, folded case-insensitively.
    private let fields: [IndexedField]
    /// The same, folded case-sensitively (for queries with a capital).
    private let caseSensitiveFields: [IndexedField]

    public init(_ library: Library) {
        self.init(articles: library.articles)
    }

    public init(articles: [Article]) {
        self.init(articles: articles, caseSensitive: [false, true])
    }

    /// An index for the given case modes only (a one-off search needs one).
    init(articles: [Article], caseSensitive modes: [Bool]) {
        self.articles = articles
        let chunkSize = 256
        let chunkCount = (articles.count + chunkSize - 1) / chunkSize
        let built = Locked<[Int: [Bool: [IndexedField]]]>([:])
        // A job folds its articles for every mode in one pass: reading and
        // parsing a body is the costly part, and is done once.
        BackgroundThread.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (chunk * chunkSize)..<min(articles.count, (chunk + 1) * chunkSize)
            let fields = Self.fields(for: articles, in: range, modes: modes)
            built.withLock { $0[chunk] = fields }
        }
        let parts = built.withLock { $0 }
        func merged(_ mode: Bool) -> [IndexedField] {
            let chunks = (0..<chunkCount).compactMap { parts[$0]?[mode] }
            return SearchResult.Kind.allCases.indices.map { kind in
                IndexedField(joining: chunks.map { $0[kind] }, kind: SearchResult.Kind.allCases[kind])
            }
        }
        fields = merged(false)
        caseSensitiveFields = merged(true)
    }

    /// The fields of `articles[range]` for each mode, one per kind in
    /// ranking order.
    private static func fields(for articles: [Article], in range: Range<Int>, modes: [Bool]) -> [Bool: [IndexedField]] {
        var sets = modes.map(FieldsBeingBuilt.init(caseSensitive:))
        func add(_ text: String, _ kind: SearchResult.Kind, article: Int, item: Int) {
            for index in sets.indices { sets[index].add(text, kind, article: article, item: item) }
        }
        for index in range {
            let article = articles[index]
            add(article.title, .title, article: index, item: 0)
            // Bodies not in memory are read for the index and let go again,
            // so indexing a large library does not keep every body.
            article.body.forEachTransientBlock { item, block in
                if case .heading(let text) = block {
                    // A heading that repeats the title (the usual `# Title`)
                    // would only repeat the title's result.
                    guard text.text != article.title else { return }
                    add(text.text, .heading, article: index, item: item)
                } else {
                    add(block.plainText, .body, article: index, item: item)
                }
            }
            for (item, text) in article.claims.enumerated() {
                add(text.text, .claim, article: index, item: item)
            }
            add(article.summary ?? "", .summary, article: index, item: 0)
        }
        return Dictionary(uniqueKeysWithValues: zip(modes, sets.map(\.fields)))
    }

    /// The results for `query` with smart case, at most `limit`.
    public func search(_ query: String, limit: Int = 500) -> [SearchResult] {
        search(TextMatcher(query: query), limit: limit)
    }

    /// The results for `matcher`, at most `limit`.
    public func search(_ matcher: TextMatcher, limit: Int = 500) -> [SearchResult] {
        guard !matcher.isEmpty, limit > 0 else { return [] }
        var results: [SearchResult] = []
        var sections = SectionLookup()
        matcher.pattern.withUnsafeBufferPointer { pattern in
            for field in matcher.isCaseSensitive ? caseSensitiveFields : fields {
                field.bytes.withUnsafeBufferPointer { bytes in
                    var from = 0
                    while results.count < limit, let hit = ByteSearch.firstIndex(of: pattern, in: bytes, from: from) {
                        let text = field.text(containing: hit)
                        collect(matcher, kind: field.kind, article: Int(field.articles[text]), item: Int(field.items[text]),
                                limit: limit, sections: &sections, into: &results)
                        from = field.start(after: text)
                    }
                }
                if results.count >= limit { break }
            }
        }
        return results
    }

    /// Adds the results of one text of one article.
    private func collect(_ matcher: TextMatcher, kind: SearchResult.Kind, article index: Int, item: Int,
                         limit: Int, sections: inout SectionLookup, into results: inout [SearchResult]) {
        let article = articles[index]
        let text: String
        var section: Section?
        var blockIndex = item
        var claimIndex: Int?
        switch kind {
        case .title:
            text = article.title
            blockIndex = 0
        case .summary:
            text = article.summary ?? ""
            blockIndex = 0
        case .claim:
            let claim = article.claims[item]
            text = claim.text
            section = sections.in(article, index: index).first { $0.slug == claim.sectionSlug }
            blockIndex = section?.blockIndex ?? 0
            claimIndex = item
        case .heading, .body:
            text = article.body.block(at: item)?.plainText ?? ""
            section = sections.in(article, index: index).last { $0.blockIndex <= item }
        }
        for match in matcher.matches(in: text, limit: limit - results.count) {
            let snippet = SearchSnippet(around: match, in: text)
            results.append(SearchResult(
                articleID: article.id, articleTitle: article.title, kind: kind,
                sectionTitle: section?.title, sectionSlug: section?.slug, blockIndex: blockIndex, claimIndex: claimIndex,
                matchOffset: match.lowerBound, matchLength: match.count, snippet: snippet.text, snippetMatch: snippet.match
            ))
        }
    }
}

/// The sections of the article last asked about, flattened once: results
/// come article by article, and flattening copies the section tree.
private struct SectionLookup {
    private var article = -1
    private var sections: [Section] = []

    mutating func `in`(_ article: Article, index: Int) -> [Section] {
        if index != self.article {
            self.article = index
            sections = article.sections.flattened
        }
        return sections
    }
}

/// One case mode's fields while an index is built: one per kind, in
/// ranking order (`SearchResult.Kind.allCases`).
private struct FieldsBeingBuilt {
    var folder: TextFolder
    var fields = SearchResult.Kind.allCases.map(IndexedField.init(kind:))

    init(caseSensitive: Bool) {
        folder = TextFolder(caseSensitive: caseSensitive)
    }

    mutating func add(_ text: String, _ kind: SearchResult.Kind, article: Int, item: Int) {
        let slot = SearchResult.Kind.allCases.firstIndex(of: kind)!
        fields[slot].add(text, article: article, item: item, folder: &folder)
    }
}
