import ArticleKit

/// One match of a search in the open article, as laid out: its block, its
/// place among that block's matches, and the rows it covers (a match can
/// run across a line break) with, on each, the character range it covers
/// in that row's text.
public struct SearchHit: Hashable, Sendable {
    public var block: Int
    /// 0 for the block's first match, and so on.
    public var indexInBlock: Int
    /// (line within the block, first character, character count) per row.
    public var parts: [Part]

    /// The line the match starts on.
    public var first: LinePosition { LinePosition(block: block, line: parts[0].line) }

    /// The piece of a match on one laid-out line of its block.
    public struct Part: Hashable, Sendable {
        public var line: Int
        public var start: Int
        public var length: Int
    }
}

/// A search in the open article: the query, which blocks hold it (found
/// once, in the blocks' text, whatever the width), and the current match.
/// Matches are placed on lines only for the blocks a step or a frame
/// needs, so finding in a 10 MB article does not lay it all out. A line
/// break inside a block counts as a space, so phrases are found across
/// wrapped lines.
public struct ArticleSearch: Hashable, Sendable {
    public let query: String
    let matcher: TextMatcher
    /// The blocks whose text holds the query, in order.
    public private(set) var blocks: [BlockMatches]
    /// Matches in the blocks before each entry of `blocks`.
    private var matchesBefore: [Int]
    /// How many matches the article has.
    public private(set) var total: Int
    /// The match last moved to, if any.
    public var current: SearchHit?

    /// A block that holds the query, and how many times.
    public struct BlockMatches: Hashable, Sendable {
        public var block: Int
        public var count: Int
    }

    /// Finds `query` in `article`'s blocks. Given the search it replaces
    /// (typing one more letter), looks only in the blocks that held that
    /// one, when the new query can only match where the old one did.
    public init(query: String, article: Article, refining previous: ArticleSearch? = nil) {
        self.query = query
        matcher = TextMatcher(query: query)
        blocks = []
        matchesBefore = []
        total = 0
        guard !matcher.isEmpty else { return }
        if let previous, matcher.narrows(previous.matcher) {
            article.body.forEachBlock(at: previous.blocks.map(\.block)) { index, block in count(block, at: index) }
        } else {
            article.body.forEachBlock { index, block in count(block, at: index) }
        }
    }

    private mutating func count(_ block: Block, at index: Int) {
        let count = matcher.matches(in: block.plainText).count
        guard count > 0 else { return }
        blocks.append(BlockMatches(block: index, count: count))
        matchesBefore.append(total)
        total += count
    }

    /// The matches in block `index` as laid out in `reading`.
    public func hits(inBlock index: Int, of reading: ReadingView) -> [SearchHit] {
        guard entry(forBlock: index) != nil else { return [] }
        return Self.hits(in: reading.lines(ofBlock: index), block: index, matcher: matcher)
    }

    /// The number of the current match, from 1, of `total`.
    public var currentNumber: Int? {
        guard let current, let entry = entry(forBlock: current.block) else { return nil }
        return matchesBefore[entry] + min(current.indexInBlock, blocks[entry].count - 1) + 1
    }

    /// The first match starting at `position` or after (strictly after when
    /// `strictly`), wrapping to the first; and whether it wrapped.
    public func next(after position: LinePosition, strictly: Bool, in reading: ReadingView) -> (hit: SearchHit, wrapped: Bool)? {
        let from = firstEntry(atOrAfterBlock: position.block)
        for entry in blocks[from...] {
            let found = hits(inBlock: entry.block, of: reading).first { strictly ? $0.first > position : $0.first >= position }
            if let found { return (found, false) }
        }
        for entry in blocks[..<from] {
            if let found = hits(inBlock: entry.block, of: reading).first { return (found, true) }
        }
        // The blocks after `position` had none, and neither had those
        // before; a match earlier in `position`'s own block is the last hope.
        if from < blocks.count, let found = hits(inBlock: blocks[from].block, of: reading).first { return (found, true) }
        return nil
    }

    /// The last match starting before `position`, wrapping to the last.
    public func previous(before position: LinePosition, in reading: ReadingView) -> (hit: SearchHit, wrapped: Bool)? {
        let upTo = firstEntry(atOrAfterBlock: position.block + 1)
        for entry in blocks[..<upTo].reversed() {
            if let found = hits(inBlock: entry.block, of: reading).last(where: { $0.first < position }) { return (found, false) }
        }
        for entry in blocks[upTo...].reversed() {
            if let found = hits(inBlock: entry.block, of: reading).last { return (found, true) }
        }
        if upTo > 0, let found = hits(inBlock: blocks[upTo - 1].block, of: reading).last { return (found, true) }
        return nil
    }

    /// The index in `blocks` of the first entry for block `index` or later.
    private func firstEntry(atOrAfterBlock index: Int) -> Int {
        var low = 0
        var high = blocks.count
        while low < high {
            let middle = (low + high) / 2
            if blocks[middle].block < index { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func entry(forBlock index: Int) -> Int? {
        let found = firstEntry(atOrAfterBlock: index)
        return found < blocks.count && blocks[found].block == index ? found : nil
    }

    /// Matches within one block's lines: joined by spaces, matched once,
    /// then split back into rows.
    private static func hits(in lines: [LayoutLine], block: Int, matcher: TextMatcher) -> [SearchHit] {
        var text = ""
        var lineStarts: [Int] = []
        var length = 0
        for line in lines {
            if !lineStarts.isEmpty {
                text += " "
                length += 1
            }
            lineStarts.append(length)
            let lineText = line.isPreface ? "" : line.runs.map(\.text).joined()
            text += lineText
            length += lineText.count
        }
        return matcher.matches(in: text).enumerated().map { number, range in
            var parts: [SearchHit.Part] = []
            for (index, lineStart) in lineStarts.enumerated() {
                let lineEnd = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : length
                let from = max(range.lowerBound, lineStart)
                let to = min(range.upperBound, lineEnd)
                if from < to { parts.append(SearchHit.Part(line: index, start: from - lineStart, length: to - from)) }
            }
            return SearchHit(block: block, indexInBlock: number, parts: parts.isEmpty ? [SearchHit.Part(line: 0, start: 0, length: 0)] : parts)
        }
    }
}
