import ArticleKit

/// An open article laid out at a width, and how far it is scrolled.
/// Scrolling is by layout line; the place that survives a reflow is
/// `position` (block + offset), not the line number.
public struct ReadingView: Sendable {
    public let articleIndex: Int
    public let article: Article
    public private(set) var width: Int
    public private(set) var lines: [LayoutLine]
    /// Index of the first visible line.
    public private(set) var top = 0
    /// Section to mark as just jumped to (by a click, Enter or ]/[).
    public var highlightedSectionSlug: String?

    public init(articleIndex: Int, article: Article, width: Int) {
        self.articleIndex = articleIndex
        self.article = article
        self.width = width
        self.lines = BlockLayout.lines(for: article.blocks, width: width)
    }

    /// The place at the top of the view.
    public var position: ReadingPosition {
        guard top < lines.count else { return ReadingPosition(articleID: article.id, blockIndex: 0) }
        return ReadingPosition(articleID: article.id, blockIndex: lines[top].blockIndex, offset: lines[top].offset)
    }

    /// The last line index the top may reach so the end fills the view.
    public func maximumTop(rows: Int) -> Int { max(0, lines.count - rows) }

    public mutating func scroll(by delta: Int, rows: Int) {
        top = min(max(0, top + delta), maximumTop(rows: rows))
    }

    public mutating func scroll(to line: Int, rows: Int) {
        top = min(max(0, line), maximumTop(rows: rows))
    }

    /// Lays the article out again at `newWidth`, keeping the same block and
    /// offset at the top.
    public mutating func reflow(width newWidth: Int, rows: Int) {
        guard newWidth != width else {
            scroll(by: 0, rows: rows)
            return
        }
        let kept = position
        width = newWidth
        lines = BlockLayout.lines(for: article.blocks, width: newWidth)
        move(to: kept, rows: rows)
    }

    /// Scrolls so the line holding `target` is at the top.
    public mutating func move(to target: ReadingPosition, rows: Int) {
        scroll(to: line(for: target), rows: rows)
    }

    /// The last line starting at or before `target` in its block.
    public func line(for target: ReadingPosition) -> Int {
        var low = 0
        var high = lines.count
        while low < high {  // first line past the target
            let middle = (low + high) / 2
            let line = lines[middle]
            if (line.blockIndex, line.offset) <= (target.blockIndex, target.offset) { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    /// The first line of top-level block `index`.
    public func firstLine(ofBlock index: Int) -> Int {
        line(for: ReadingPosition(articleID: article.id, blockIndex: index, offset: 0))
    }

    /// The section the top line is in.
    public var currentSection: Section? {
        guard top < lines.count else { return nil }
        return article.section(containingBlock: lines[top].blockIndex)
    }

    /// How far through the article the bottom of the view is, 0–100.
    public func percentRead(rows: Int) -> Int {
        guard lines.count > rows else { return 100 }
        return min(100, (top + rows) * 100 / lines.count)
    }
}
