import CCmarkGFM

/// Walks a cmark-gfm node tree and builds `Block`s and `InlineSpan`s.
/// Keeps the slug registry, so heading slugs are unique in one document.
///
/// The walk recurses, so nesting is capped: a list or quote deeper than
/// `maximumDepth` (and inline markup deeper than `maximumInlineDepth`)
/// becomes flat text, behind a visible marker. Markdown such as
/// `> > > …` a thousand times costs a few kilobytes to write and would
/// otherwise cost a thousand stack frames here and in every layout.
struct CmarkTreeWalker {
    static let maximumDepth = 24
    static let maximumInlineDepth = 32
    /// Shown before text whose nesting was flattened.
    static let flattenedMarker = "[nested too deep, flattened] "

    /// The slugs given so far (carried from one piece of a body to the next).
    private(set) var slugs: SlugRegistry
    /// The source line (1-based, in the text parsed) each top-level block
    /// starts on, in block order: where an editor opens at a block.
    private(set) var topLevelLines: [Int] = []

    init(slugs: SlugRegistry = SlugRegistry()) {
        self.slugs = slugs
    }
    /// Lists and quotes open around the node being walked.
    private var depth = 0

    mutating func blocks(in parent: OpaquePointer) -> [Block] {
        var result: [Block] = []
        var child = cmark_node_first_child(parent)
        let topLevel = depth == 0
        while let node = child {
            if let block = block(from: node) {
                result.append(block)
                if topLevel { topLevelLines.append(Int(cmark_node_get_start_line(node))) }
            }
            child = cmark_node_next(node)
        }
        return result
    }

    private mutating func block(from node: OpaquePointer) -> Block? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(in: node))
        case CMARK_NODE_HEADING:
            let text = inlines(in: node).plainText.oneLine
            let level = Int(cmark_node_get_heading_level(node))
            return .heading(Heading(level: level, text: text, slug: slugs.unique(for: text)))
        case CMARK_NODE_LIST where depth >= Self.maximumDepth, CMARK_NODE_BLOCK_QUOTE where depth >= Self.maximumDepth:
            return flattened(node)
        case CMARK_NODE_LIST:
            depth += 1
            defer { depth -= 1 }
            var items: [[Block]] = []
            var item = cmark_node_first_child(node)
            while let itemNode = item {
                items.append(blocks(in: itemNode))
                item = cmark_node_next(itemNode)
            }
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            return .list(ListBlock(ordered: ordered, start: Int(cmark_node_get_list_start(node)), items: items))
        case CMARK_NODE_BLOCK_QUOTE:
            depth += 1
            defer { depth -= 1 }
            return .quote(blocks(in: node))
        case CMARK_NODE_CODE_BLOCK:
            let info = string(cmark_node_get_fence_info(node)).split(separator: " ").first.map(String.init)
            return .code(CodeBlock(language: info.map { TextSanitizer.clean($0) }, lines: codeLines(literal(of: node))))
        case CMARK_NODE_HTML_BLOCK:
            return .code(CodeBlock(language: "html", lines: codeLines(literal(of: node))))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        default:
            if typeName(of: node) == "table" { return .table(table(from: node)) }
            if depth >= Self.maximumDepth { return flattened(node) }
            depth += 1
            defer { depth -= 1 }
            let nested = blocks(in: node)
            return nested.isEmpty ? nil : .quote(nested)
        }
    }

    /// A paragraph holding the text of a subtree too deep to walk.
    private func flattened(_ node: OpaquePointer) -> Block {
        .paragraph([
            InlineSpan(Self.flattenedMarker, style: .emphasis),
            InlineSpan(TextSanitizer.clean(CmarkFlatText.text(of: node))),
        ])
    }

    private func table(from node: OpaquePointer) -> TableBlock {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments = [TableBlock.Alignment](repeating: .left, count: columns)
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for column in 0..<columns {
                switch raw[column] {
                case UInt8(ascii: "c"): alignments[column] = .center
                case UInt8(ascii: "r"): alignments[column] = .right
                default: break
                }
            }
        }
        var header: [[InlineSpan]] = []
        var rows: [[[InlineSpan]]] = []
        var rowNode = cmark_node_first_child(node)
        while let row = rowNode {
            var cells: [[InlineSpan]] = []
            var cellNode = cmark_node_first_child(row)
            while let cell = cellNode {
                cells.append(inlines(in: cell))
                cellNode = cmark_node_next(cell)
            }
            cells = Array(cells.prefix(columns))
            cells += Array(repeating: [], count: max(0, columns - cells.count))
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 && header.isEmpty {
                header = cells
            } else {
                rows.append(cells)
            }
            rowNode = cmark_node_next(row)
        }
        if header.isEmpty { header = Array(repeating: [], count: columns) }
        return TableBlock(alignments: alignments, header: header, rows: rows)
    }

    // MARK: Inlines

    private func inlines(in node: OpaquePointer) -> [InlineSpan] {
        var spans: [InlineSpan] = []
        appendInlines(of: node, style: [], url: nil, depth: 0, to: &spans)
        return spans
    }

    private func appendInlines(of parent: OpaquePointer, style: InlineStyle, url: String?, depth: Int, to spans: inout [InlineSpan]) {
        if depth > Self.maximumInlineDepth {
            append(InlineSpan(TextSanitizer.clean(CmarkFlatText.text(of: parent)), style: style, url: url), to: &spans)
            return
        }
        var child = cmark_node_first_child(parent)
        while let node = child {
            appendInline(node, style: style, url: url, depth: depth, to: &spans)
            child = cmark_node_next(node)
        }
    }

    private func appendInline(_ node: OpaquePointer, style: InlineStyle, url: String?, depth: Int, to spans: inout [InlineSpan]) {
        let inner = depth + 1
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_HTML_INLINE:
            append(InlineSpan(TextSanitizer.clean(literal(of: node)), style: style, url: url), to: &spans)
        case CMARK_NODE_CODE:
            append(InlineSpan(TextSanitizer.clean(literal(of: node)), style: style.union(.code), url: url), to: &spans)
        case CMARK_NODE_SOFTBREAK:
            append(InlineSpan(" ", style: style, url: url), to: &spans)
        case CMARK_NODE_LINEBREAK:
            spans.append(.lineBreak)
        case CMARK_NODE_EMPH:
            appendInlines(of: node, style: style.union(.emphasis), url: url, depth: inner, to: &spans)
        case CMARK_NODE_STRONG:
            appendInlines(of: node, style: style.union(.strong), url: url, depth: inner, to: &spans)
        case CMARK_NODE_LINK:
            let target = TextSanitizer.clean(string(cmark_node_get_url(node)))
            appendInlines(of: node, style: style.union(.link), url: target, depth: inner, to: &spans)
        case CMARK_NODE_IMAGE:
            var alt: [InlineSpan] = []
            appendInlines(of: node, style: [], url: nil, depth: inner, to: &alt)
            let target = TextSanitizer.clean(string(cmark_node_get_url(node)))
            append(InlineSpan("[image: \(alt.plainText)]", style: style.union(.link), url: target), to: &spans)
        default:
            let extra: InlineStyle = typeName(of: node) == "strikethrough" ? .strikethrough : []
            appendInlines(of: node, style: style.union(extra), url: url, depth: inner, to: &spans)
        }
    }

    /// Appends a span, merging it into the previous one when they look alike.
    private func append(_ span: InlineSpan, to spans: inout [InlineSpan]) {
        guard !span.text.isEmpty else { return }
        if let last = spans.last, last.style == span.style, last.url == span.url, last.text != "\n" {
            spans[spans.count - 1].text += span.text
        } else {
            spans.append(span)
        }
    }

    // MARK: Strings

    private func literal(of node: OpaquePointer) -> String { string(cmark_node_get_literal(node)) }

    private func typeName(of node: OpaquePointer) -> String { string(cmark_node_get_type_string(node)) }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private func codeLines(_ literal: String) -> [String] {
        var lines = literal.split(separator: "\n", omittingEmptySubsequences: false).map { TextSanitizer.clean(Self.expandTabs(String($0))) }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func expandTabs(_ line: String, tabWidth: Int = 4) -> String {
        guard line.utf8.contains(0x09) else { return line }
        var result = ""
        var column = 0
        for character in line {
            if character == "\t" {
                let spaces = tabWidth - column % tabWidth
                result += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                result.append(character)
                column += 1
            }
        }
        return result
    }
}
