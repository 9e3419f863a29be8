import ArticleKit

/// Lays out an article's blocks at a width: wrapped paragraphs, marked
/// headings, lists with hanging indents, quotes, code, rules and boxed
/// tables. The same lines feed the reader's body pane and `weigh show`.
///
/// No line is wider than `width` (from 10 columns up): nesting indents at
/// most half the width (`maximumIndent`), deeper levels are squeezed
/// behind a `…`, and tables too wide for the width are stacked.
public struct BlockLayout {
    public let width: Int
    private var lines: [LayoutLine] = []
    private var blockIndex = 0
    /// Characters of the current top-level block laid out so far.
    private var consumed = 0

    /// The lines of `blocks` at `width` columns (at least 1).
    public static func lines(for blocks: [Block], width: Int) -> [LayoutLine] {
        blocks.indices.flatMap { lines(forBlock: blocks[$0], at: $0, width: width) }
    }

    /// The lines of one top-level block, the one at `index` in its article:
    /// a blank line first unless it is the first block. Blocks are laid out
    /// independently, so a reader lays out only those it shows.
    public static func lines(forBlock block: Block, at index: Int, width: Int) -> [LayoutLine] {
        var layout = BlockLayout(width: max(1, width))
        layout.blockIndex = index
        if index > 0 { layout.emit([], prefix: []) }
        layout.add(block, prefix: .none)
        return layout.lines
    }

    private init(width: Int) {
        self.width = width
    }

    /// Columns a prefix may take; a deeper one is squeezed.
    private var maximumIndent: Int { max(1, width / 2) }

    /// Columns left for text after `prefix`.
    private func textColumns(after prefix: LinePrefix) -> Int {
        max(1, width - min(prefix.width, maximumIndent))
    }

    private mutating func emit(_ runs: [StyledRun], prefix: [StyledRun], offset: Int? = nil, links: [ArticleLink] = []) {
        let fitted = LinePrefix.squeezed(prefix, to: maximumIndent)
        lines.append(LayoutLine(runs: fitted + runs, blockIndex: blockIndex, offset: offset ?? consumed, links: links))
    }

    private mutating func add(_ block: Block, prefix: LinePrefix) {
        let available = textColumns(after: prefix)
        switch block {
        case .heading(let heading):
            addHeading(heading, prefix: prefix, available: available)
        case .paragraph(let spans):
            let inline = InlineRuns.runsAndLinks(for: spans, base: .body)
            addWrapped(inline.runs, prefix: prefix, available: available, links: inline.links)
        case .list(let list):
            addList(list, prefix: prefix)
        case .quote(let blocks):
            let bar = [StyledRun("│ ", TextStyle(.quoteBar))]
            let quotePrefix = prefix.then(LinePrefix(first: bar, rest: bar))
            addSequence(blocks, prefix: quotePrefix)
        case .code(let code):
            let indent = [StyledRun("    ", TextStyle(.code))]
            let codePrefix = prefix.then(LinePrefix(first: indent, rest: indent))
            var linePrefix = codePrefix
            for line in code.lines.isEmpty ? [""] : code.lines {
                addWrapped([StyledRun(line, TextStyle(.code))], prefix: linePrefix, available: textColumns(after: codePrefix), breakSpaces: false)
                linePrefix = codePrefix.continued
            }
        case .table(let table):
            for row in TableLayout.lines(for: table, width: available) {
                emit(row, prefix: prefix.runs(forLine: 1))
                consumed += 1
            }
        case .thematicBreak:
            emit([StyledRun(String(repeating: "─", count: available), TextStyle(.rule))], prefix: prefix.first)
        }
    }

    /// Blocks one after another under one prefix, with a blank (prefixed)
    /// line between them unless `blankBetween` is false (list items).
    private mutating func addSequence(_ blocks: [Block], prefix: LinePrefix, blankBetween: Bool = true) {
        var current = prefix
        for (index, block) in blocks.enumerated() {
            if index > 0 && blankBetween { emit([], prefix: current.rest) }
            add(block, prefix: current)
            current = prefix.continued
        }
        if blocks.isEmpty { emit([], prefix: prefix.first) }
    }

    private mutating func addHeading(_ heading: Heading, prefix: LinePrefix, available: Int) {
        let style = TextStyle(.heading(heading.level))
        let marker = heading.level >= 3 ? [StyledRun(String(repeating: "#", count: heading.level) + " ", style)] : []
        let firstLine = lines.count
        addWrapped(marker + [StyledRun(heading.text, style)], prefix: prefix, available: available)
        guard heading.level <= 2 else { return }
        let textWidth = lines[firstLine...].map { DisplayWidth.of($0.plainText) - min(prefix.width, maximumIndent) }.max() ?? 0
        let rule = heading.level == 1 ? "═" : "─"
        emit([StyledRun(String(repeating: rule, count: min(available, max(1, textWidth))), style)], prefix: prefix.rest)
    }

    private mutating func addList(_ list: ListBlock, prefix: LinePrefix) {
        let lastNumber = list.start + max(0, list.items.count - 1)
        let numberWidth = String(lastNumber).count
        let depth = prefix.rest.filter { $0.style.role == .listMarker }.count
        let bullets = ["•", "◦", "▪"]
        func markerPrefix(_ marker: String) -> LinePrefix {
            let hang = String(repeating: " ", count: DisplayWidth.of(marker))
            return LinePrefix(first: [StyledRun(marker, TextStyle(.listMarker))], rest: [StyledRun(hang, TextStyle(.listMarker))])
        }
        // A bulleted list's items share one marker: made once, not per item.
        let bullet = list.ordered ? nil : markerPrefix(bullets[depth % bullets.count] + " ")
        let bulleted = bullet.map { (first: prefix.then($0), rest: prefix.continued.then($0)) }
        for (index, item) in list.items.enumerated() {
            let itemPrefix: LinePrefix
            if let bulleted {
                itemPrefix = index == 0 ? bulleted.first : bulleted.rest
            } else {
                let number = String(list.start + index)
                let marker = String(repeating: " ", count: numberWidth - number.count) + number + ". "
                itemPrefix = (index == 0 ? prefix : prefix.continued).then(markerPrefix(marker))
            }
            addSequence(item.isEmpty ? [.paragraph([])] : item, prefix: itemPrefix, blankBetween: false)
        }
    }

    /// Wraps `runs`; each line carries the `links` whose characters (text
    /// or written target) fall on it, whole.
    private mutating func addWrapped(_ runs: [StyledRun], prefix: LinePrefix, available: Int, breakSpaces: Bool = true, links: [InlineRuns.Link] = []) {
        let wrapped: (lines: [[StyledRun]], offsets: [Int])
        if breakSpaces {
            wrapped = ParagraphWrapper.wrap(runs, width: available)
        } else {
            wrapped = CodeWrapper.wrap(runs, width: available)
        }
        let start = consumed
        for (index, line) in wrapped.lines.enumerated() {
            var onLine: [ArticleLink] = []
            if !links.isEmpty {
                let from = wrapped.offsets[index]
                let upTo = index + 1 < wrapped.offsets.count ? wrapped.offsets[index + 1] : Int.max
                onLine = links.filter { $0.characters.lowerBound < upTo && $0.characters.upperBound > from }.map {
                    ArticleLink(text: $0.text, url: $0.url, blockIndex: blockIndex, offset: start + $0.characters.lowerBound)
                }
            }
            emit(line, prefix: prefix.runs(forLine: index), offset: start + wrapped.offsets[index], links: onLine)
        }
        consumed = start + runs.reduce(0) { $0 + CharacterCount.of($1.text) } + 1
    }
}
