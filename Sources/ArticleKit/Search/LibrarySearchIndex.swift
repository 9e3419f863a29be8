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
    /// A case-sensitive query looks there for its case-insensitive form,
    /// and each text found is matched again with the query's own case
    /// (`collect`): folding is the same per scalar in both modes, but for
    /// lowercasing, so every text a case-sensitive query matches is among
    /// those its lowercase form finds, and one folded copy serves both.
    private let fields: [IndexedField]

    public init(_ library: Library) {
        self.init(articles: library.articles)
    }

    public init(articles: [Article]) {
        self.articles = articles
        let chunkSize = 256
        let chunkCount = (articles.count + chunkSize - 1) / chunkSize
        let built = Locked<[Int: [IndexedField]]>([:])
        BackgroundThread.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (chunk * chunkSize)..<min(articles.count, (chunk + 1) * chunkSize)
            let fields = Self.fields(for: articles, in: range)
            built.withLock { $0[chunk] = fields }
        }
        let parts = built.withLock { $0 }
        let chunks = (0..<chunkCount).compactMap { parts[$0] }
        fields = SearchResult.Kind.allCases.indices.map { kind in
            IndexedField(joining: chunks.map { $0[kind] }, kind: SearchResult.Kind.allCases[kind])
        }
    }

    private static func fields(for articles: [Article], in range: Range<Int>) -> [IndexedField] {
        var folder = TextFolder(caseSensitive: false)
        var title = IndexedField(kind: .title)
        var heading = IndexedField(kind: .heading)
        var claim = IndexedField(kind: .claim)
        var summary = IndexedField(kind: .summary)
        var body = IndexedField(kind: .body)
        // A long body's size is known from its pieces: room for its folded
        // text is made once, not by doubling, which holds the old copy and
        // one twice its size while the buffer grows past 8 MB.
        let longBodies = range.reduce(0) { $0 + (articles[$1].body.chunks?.byteStarts.last ?? 0) }
        if longBodies > 0 { body.reserve(bytes: longBodies + longBodies / 16 + 2 * MarkdownChunks.targetBytes) }
        for index in range {
            let article = articles[index]
            title.add(article.title, article: index, item: 0, folder: &folder)
            // Bodies not in memory are read for the index and let go again,
            // so indexing a large library does not keep every body.
            article.body.forEachTransientBlock { item, block in
                if case .heading(let text) = block {
                    // A heading that repeats the title (the usual `# Title`)
                    // would only repeat the title's result.
                    guard text.text != article.title else { return }
                    heading.add(text.text, article: index, item: item, folder: &folder)
                } else {
                    body.add(block.plainText, article: index, item: item, folder: &folder)
                }
            }
            for (item, text) in article.claims.enumerated() {
                claim.add(text.text, article: index, item: item, folder: &folder)
            }
            summary.add(article.summary ?? "", article: index, item: 0, folder: &folder)
        }
        return [title, heading, claim, summary, body]
    }

    /// The results for `query` with smart case, at most `limit`.
    public func search(_ query: String, limit: Int = 500) -> [SearchResult] {
        search(TextMatcher(query: query), limit: limit)
    }

    /// The results for `matcher`, at most `limit`.
    public func search(_ matcher: TextMatcher, limit: Int = 500) -> [SearchResult] {
        guard !matcher.isEmpty, limit > 0 else { return [] }
        var results: [SearchResult] = []
        let lookedFor = matcher.isCaseSensitive ? TextMatcher(query: matcher.query, caseSensitive: false) : matcher
        lookedFor.pattern.withUnsafeBufferPointer { pattern in
            for field in fields {
                field.bytes.withUnsafeBufferPointer { bytes in
                    var from = 0
                    while results.count < limit, let hit = ByteSearch.firstIndex(of: pattern, in: bytes, from: from) {
                        let text = field.text(containing: hit)
                        collect(matcher, kind: field.kind, article: Int(field.articles[text]), item: Int(field.items[text]),
                                limit: limit, into: &results)
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
                         limit: Int, into results: inout [SearchResult]) {
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
            section = article.section(withSlug: claim.sectionSlug)
            blockIndex = section?.blockIndex ?? 0
            claimIndex = item
        case .heading, .body:
            text = article.body.block(at: item)?.plainText ?? ""
            section = article.section(containingBlock: item)
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

