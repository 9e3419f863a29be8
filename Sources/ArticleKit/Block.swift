/// One block of an article body, as the reader lays it out.
///
/// The top-level blocks of an article are numbered from 0; a reading
/// position is a block index plus a character offset into that block.
public enum Block: Hashable, Sendable {
    case heading(Heading)
    case paragraph([InlineSpan])
    case list(ListBlock)
    case quote([Block])
    case code(CodeBlock)
    case table(TableBlock)
    case thematicBreak
}

/// A heading: its level (1–6), plain text and the slug that names it.
public struct Heading: Hashable, Sendable {
    public var level: Int
    public var text: String
    public var slug: String

    public init(level: Int, text: String, slug: String) {
        self.level = level
        self.text = text
        self.slug = slug
    }
}

/// An ordered or unordered list; each item is a sequence of blocks, so
/// lists nest.
public struct ListBlock: Hashable, Sendable {
    public var ordered: Bool
    /// The number of the first item of an ordered list.
    public var start: Int
    public var items: [[Block]]

    public init(ordered: Bool, start: Int = 1, items: [[Block]]) {
        self.ordered = ordered
        self.start = start
        self.items = items
    }
}

/// A fenced or indented code block, kept as lines, tabs expanded.
public struct CodeBlock: Hashable, Sendable {
    public var language: String?
    public var lines: [String]

    public init(language: String? = nil, lines: [String]) {
        self.language = language
        self.lines = lines
    }
}

/// A GitHub table: a header row, body rows and per-column alignment.
/// Every row has exactly `alignments.count` cells.
public struct TableBlock: Hashable, Sendable {
    /// How a column's cells sit in their width.
    public enum Alignment: Hashable, Sendable { case left, center, right }

    public var alignments: [Alignment]
    public var header: [[InlineSpan]]
    public var rows: [[[InlineSpan]]]

    public init(alignments: [Alignment], header: [[InlineSpan]], rows: [[[InlineSpan]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

extension Block {
    /// The block's text without markup, for search and excerpts.
    public var plainText: String {
        switch self {
        case .heading(let heading): heading.text
        case .paragraph(let spans): spans.plainText
        case .list(let list): list.items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .quote(let blocks): blocks.map(\.plainText).joined(separator: "\n")
        case .code(let code): code.lines.joined(separator: "\n")
        case .table(let table):
            ([table.header] + table.rows).map { $0.map(\.plainText).joined(separator: " | ") }.joined(separator: "\n")
        case .thematicBreak: ""
        }
    }
}
