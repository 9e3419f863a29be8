/// A part of an article that starts at a heading, with the sections nested
/// under it (a `###` under a `##`). The table of contents is built from these.
public struct Section: Hashable, Sendable {
    public var title: String
    public var slug: String
    public var level: Int
    /// Index of the heading in the article's top-level blocks.
    public var blockIndex: Int
    public var children: [Section]

    public init(title: String, slug: String, level: Int, blockIndex: Int, children: [Section] = []) {
        self.title = title
        self.slug = slug
        self.level = level
        self.blockIndex = blockIndex
        self.children = children
    }

    /// Builds the section tree from the top-level headings of `blocks`.
    public static func tree(of blocks: [Block]) -> [Section] {
        tree(ofFlattened: list(of: blocks))
    }

    /// The top-level headings of `blocks` as sections, in reading order,
    /// without children.
    static func list(of blocks: [Block]) -> [Section] {
        blocks.indices.compactMap { index in
            guard case .heading(let heading) = blocks[index] else { return nil }
            return Section(title: heading.text, slug: heading.slug, level: heading.level, blockIndex: index)
        }
    }

    /// Rebuilds the tree from every section in reading order (as
    /// `flattened` gives them), nesting by level.
    static func tree(ofFlattened sections: [Section]) -> [Section] {
        var roots: [Section] = []
        for section in sections {
            var leaf = section
            leaf.children = []
            insert(leaf, into: &roots)
        }
        return roots
    }

    private static func insert(_ section: Section, into siblings: inout [Section]) {
        if let last = siblings.indices.last, siblings[last].level < section.level {
            insert(section, into: &siblings[last].children)
        } else {
            siblings.append(section)
        }
    }

    /// This section and all below it, depth first, in reading order.
    public var flattened: [Section] {
        var all: [Section] = []
        appendFlattened(to: &all)
        return all
    }

    fileprivate func appendFlattened(to all: inout [Section]) {
        all.append(self)
        for child in children { child.appendFlattened(to: &all) }
    }
}

extension Array where Element == Section {
    /// Every section in reading order, depth first.
    public var flattened: [Section] {
        var all: [Section] = []
        all.reserveCapacity(count)
        for section in self { section.appendFlattened(to: &all) }
        return all
    }
}
