/// One article of the library: its front matter and its parsed body.
public struct Article: Hashable, Sendable, Identifiable {
    /// Stable id; bookmarks and claims refer to it.
    public var id: String
    public var title: String
    public var source: SourceReference?
    public var summary: String?
    public var claims: [Claim]
    /// The body, parsed when first read (see `ArticleBody`).
    public var body: ArticleBody
    /// The body's top-level blocks (parsing the file on first use).
    public var blocks: [Block] { body.blocks }
    /// The section tree, derived from the blocks once (or from the cache).
    public private(set) var sections: [Section]
    /// Every section in reading order (so by block index), each without
    /// its children (the tree is `sections`): kept once so a frame of a
    /// long article does not flatten the tree again, and so an article
    /// from the cache, whose sections are this list, needs no flattening.
    public private(set) var allSections: [Section]
    /// The file the article was read from, relative to the library folder.
    public var fileName: String
    /// Whether only the body's first piece is known: a long article shown
    /// at once while the rest of it is parsed (`LibraryLoader`
    /// `defersLongBodies`). Its sections are those of that piece, its
    /// claims are not known yet, and the loader replaces it with the whole.
    public var isPartial = false
    /// How hard the body is to read, worked out when the whole body is
    /// parsed (so unknown, nil, while the article is partial).
    public var readingGrade: ReadingGrade?

    /// Claims and words on each side (a fact, not a verdict).
    public var balance: ArticleBalance { ArticleBalance(claims: claims) }

    public init(
        id: String, title: String, source: SourceReference? = nil, summary: String? = nil,
        claims: [Claim] = [], blocks: [Block], chunks: ChunkTable? = nil, fileName: String
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.summary = summary
        self.claims = claims
        self.body = ArticleBody(blocks: blocks, chunks: chunks)
        self.allSections = Section.list(of: blocks)
        self.sections = Section.tree(ofFlattened: allSections)
        self.fileName = fileName
    }

    /// An article whose sections are known (from the metadata cache, or a
    /// parse whose blocks were not kept) and whose body is read when needed.
    /// `allSections`: every section in reading order, without children.
    init(
        id: String, title: String, source: SourceReference?, summary: String?,
        claims: [Claim], allSections: [Section], body: ArticleBody, fileName: String, readingGrade: ReadingGrade?
    ) {
        self.readingGrade = readingGrade
        self.id = id
        self.title = title
        self.source = source
        self.summary = summary
        self.claims = claims
        self.body = body
        self.allSections = allSections
        self.sections = Section.tree(ofFlattened: allSections)
        self.fileName = fileName
    }

    /// The section with this slug, anywhere in the tree.
    public func section(withSlug slug: String) -> Section? {
        allSections.first { $0.slug == slug }
    }

    /// The innermost section containing the top-level block `index`
    /// (binary search: sections are in block order).
    public func section(containingBlock index: Int) -> Section? {
        var low = 0
        var high = allSections.count
        while low < high {
            let middle = (low + high) / 2
            if allSections[middle].blockIndex <= index { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? allSections[low - 1] : nil
    }
}
