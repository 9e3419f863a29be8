import ArticleKit

/// An open article laid out at a width, and how far it is scrolled.
///
/// Lines are named by `LinePosition` (block, line in block) and laid out
/// only when asked for (`ArticleLayout`), so opening, scrolling, jumping to
/// the end and reflowing a 10 MB article each lay out a screen or two.
/// The place that survives a reflow is `position` (block + character
/// offset), not the line.
public struct ReadingView: Sendable {
    public let articleIndex: Int
    public let article: Article
    private var layout: ArticleLayout
    /// The first visible line.
    public private(set) var top = LinePosition.start
    /// Section to mark as just jumped to (by a click, Enter or ]/[).
    public var highlightedSectionSlug: String?

    public init(articleIndex: Int, article: Article, width: Int) {
        self.articleIndex = articleIndex
        self.article = article
        self.layout = ArticleLayout(body: article.body, width: width, preface: SourceAbout.blocks(for: article))
    }

    /// The width the article is laid out at.
    public var width: Int { layout.width }

    /// The article's top-level blocks, each at least one line.
    public var blockCount: Int { layout.blockCount }

    /// True when the article has nothing to show.
    public var isEmpty: Bool { layout.blockCount == 0 }

    /// The lines of one top-level block at the current width.
    public func lines(ofBlock index: Int) -> [LayoutLine] { layout.lines(ofBlock: index) }

    /// Blocks laid out so far at this width, and lines kept (for tests).
    var layoutWork: (blocksLaidOut: Int, linesKept: Int) { layout.work }

    /// The line at `position`, if there is one.
    public func line(at position: LinePosition) -> LayoutLine? {
        let lines = layout.lines(ofBlock: position.block)
        return lines.indices.contains(position.line) ? lines[position.line] : nil
    }

    /// Up to `count` lines from `start` on, each with its position.
    public func lines(from start: LinePosition, count: Int) -> [(position: LinePosition, line: LayoutLine)] {
        var found: [(position: LinePosition, line: LayoutLine)] = []
        var block = start.block
        var line = max(0, start.line)
        while found.count < count && block < layout.blockCount {
            let lines = layout.lines(ofBlock: block)
            while line < lines.count && found.count < count {
                found.append((LinePosition(block: block, line: line), lines[line]))
                line += 1
            }
            block += 1
            line = 0
        }
        return found
    }

    /// The links on the `rows` lines from the top, in reading order, each
    /// once (a link wrapped over two lines is one).
    public func visibleLinks(rows: Int) -> [ArticleLink] {
        var seen: Set<ArticleLink> = []
        var links: [ArticleLink] = []
        for (_, line) in lines(from: top, count: max(0, rows)) {
            for link in line.links where seen.insert(link).inserted { links.append(link) }
        }
        return links
    }

    /// The last line of the article.
    public var lastLine: LinePosition {
        guard layout.blockCount > 0 else { return .start }
        let block = layout.blockCount - 1
        return LinePosition(block: block, line: layout.lineCount(ofBlock: block) - 1)
    }

    /// `position` moved `delta` lines down (up when negative), stopping at
    /// the first and the last line.
    public func position(_ position: LinePosition, movedBy delta: Int) -> LinePosition {
        guard layout.blockCount > 0 else { return .start }
        var block = min(max(0, position.block), layout.blockCount - 1)
        var line = position.line + delta
        while line < 0 {
            guard block > 0 else { return .start }
            block -= 1
            line += layout.lineCount(ofBlock: block)
        }
        while line >= layout.lineCount(ofBlock: block) {
            guard block + 1 < layout.blockCount else { return lastLine }
            line -= layout.lineCount(ofBlock: block)
            block += 1
        }
        return LinePosition(block: block, line: line)
    }

    /// The furthest the top may go so the end fills the view.
    public func maximumTop(rows: Int) -> LinePosition {
        position(lastLine, movedBy: -(max(1, rows) - 1))
    }

    /// The place at the top of the view.
    public var position: ReadingPosition {
        guard let line = line(at: top) else { return ReadingPosition(articleID: article.id, blockIndex: 0) }
        return ReadingPosition(articleID: article.id, blockIndex: top.block, offset: line.offset)
    }

    /// The place to save: `position`, unless the article is shown only in
    /// part (`Article.isPartial`).
    public var savablePosition: ReadingPosition? {
        article.isPartial ? nil : position
    }

    public mutating func scroll(by delta: Int, rows: Int) {
        scroll(to: position(top, movedBy: delta), rows: rows)
    }

    public mutating func scroll(to target: LinePosition, rows: Int) {
        let target = max(.start, target)
        // The end is looked for only when the view may reach it: finding
        // it lays out the last blocks, which in a long article read piece
        // by piece means parsing the last piece.
        top = hasLines(max(1, rows), from: target) ? target : max(.start, min(target, maximumTop(rows: rows)))
    }

    /// Whether `count` lines or more start at `position` (it included), so
    /// the view can begin there without running past the end.
    private func hasLines(_ count: Int, from position: LinePosition) -> Bool {
        var remaining = count
        var block = position.block
        var line = max(0, position.line)
        while remaining > 0 && block < layout.blockCount {
            remaining -= max(0, layout.lineCount(ofBlock: block) - line)
            block += 1
            line = 0
        }
        return remaining <= 0
    }

    /// The last page: the end of the article at the bottom of the view.
    public mutating func scrollToEnd(rows: Int) {
        top = maximumTop(rows: rows)
    }

    /// Lays the article out again at `newWidth`, keeping the same block and
    /// offset at the top. Only the blocks then shown are laid out.
    public mutating func reflow(width newWidth: Int, rows: Int) {
        guard max(1, newWidth) != width else {
            scroll(by: 0, rows: rows)
            return
        }
        let kept = position
        layout = ArticleLayout(body: article.body, width: newWidth, preface: SourceAbout.blocks(for: article))
        move(to: kept, rows: rows)
    }

    /// Scrolls so the line holding `target` is at the top.
    public mutating func move(to target: ReadingPosition, rows: Int) {
        scroll(to: line(for: target), rows: rows)
    }

    /// The last line starting at or before `target` in its block.
    public func line(for target: ReadingPosition) -> LinePosition {
        guard layout.blockCount > 0 else { return .start }
        let block = min(max(0, target.blockIndex), layout.blockCount - 1)
        let lines = layout.lines(ofBlock: block)
        guard block == target.blockIndex else { return LinePosition(block: block, line: target.blockIndex < 0 ? 0 : lines.count - 1) }
        var low = 0
        var high = lines.count
        while low < high {  // first line past the target
            let middle = (low + high) / 2
            if lines[middle].offset <= target.offset { low = middle + 1 } else { high = middle }
        }
        return LinePosition(block: block, line: max(0, low - 1))
    }

    /// The first line of top-level block `index`.
    public func firstLine(ofBlock index: Int) -> LinePosition {
        line(for: ReadingPosition(articleID: article.id, blockIndex: index, offset: 0))
    }

    /// The section the top line is in.
    public var currentSection: Section? {
        guard !isEmpty else { return nil }
        return article.section(containingBlock: top.block)
    }

    /// How far through the article the bottom of the view is, 0–100:
    /// the blocks above it, and the part of its own block, out of all.
    /// (Counted in blocks, not lines, so it needs no layout of the rest:
    /// an article that fits has its last line at the bottom, which is
    /// 100%, without laying out the end to find that out.)
    public func percentRead(rows: Int) -> Int {
        guard layout.blockCount > 0 else { return 100 }
        let bottom = position(top, movedBy: max(1, rows) - 1)
        let share = Double(bottom.line + 1) / Double(layout.lineCount(ofBlock: bottom.block))
        return min(100, Int((Double(bottom.block) + share) * 100 / Double(layout.blockCount)))
    }
}
