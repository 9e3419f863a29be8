/// One article of the library: its front matter and its parsed body.
public struct Article: Hashable, Sendable, Identifiable {
    /// Stable id; bookmarks and claims refer to it.
    public var id: String
    public var title: String
    public var source: SourceReference?
    public var summary: String?
    public var claims: [Claim]
    public var blocks: [Block]
    /// The section tree, derived from `blocks` once.
    public private(set) var sections: [Section]
    /// Every section in reading order (so by block index), kept once so a
    /// frame of a long article does not flatten the tree again.
    public private(set) var allSections: [Section]
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
        self.allSections = sections.flattened
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
