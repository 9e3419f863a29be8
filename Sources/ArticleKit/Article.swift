/// One article of the library: its front matter and its parsed body.
public struct Article: Hashable, Sendable, Identifiable {
    /// Stable id; bookmarks and claims refer to it.
    public var id: String
    public var title: String
    public var source: SourceReference?
    public var summary: String?
    public var claims: [Claim]
    public var blocks: [Block]
    public var sections: [Section]
    /// The file the article was read from, relative to the library folder.
    public var fileName: String

    public init(
        id: String, title: String, source: SourceReference? = nil, summary: String? = nil,
        claims: [Claim] = [], blocks: [Block], fileName: String
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.summary = summary
        self.claims = claims
        self.blocks = blocks
        self.sections = Section.tree(of: blocks)
        self.fileName = fileName
    }

    /// The section with this slug, anywhere in the tree.
    public func section(withSlug slug: String) -> Section? {
        sections.flattened.first { $0.slug == slug }
    }

    /// The innermost section containing the top-level block `index`.
    public func section(containingBlock index: Int) -> Section? {
        sections.flattened.last { $0.blockIndex <= index }
    }
}
