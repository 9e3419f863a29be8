import ArticleKit

/// An article laid out at one width a block at a time, as blocks are
/// needed: opening, scrolling or reflowing a long article lays out only
/// the blocks near the screen, never the whole article.
///
/// Laying out a block is a pure function of the block and the width, so
/// the laid-out blocks kept here (those used most recently, up to a
/// bound) are invisible to callers; copies of a `ReadingView` share them.
///
/// A `preface` (the "About this source" block) is drawn as part of block
/// 0: after it when block 0 is the article's title heading, before it
/// otherwise. After a title its lines carry offsets past every offset of
/// the title's own lines, each distinct, so a reading position on a
/// preface line comes back to that line. Before other text they carry
/// offset 0, never a negative one (a stored position must be 0 or more),
/// so a position there comes back to the start of the text.
final class ArticleLayout: Sendable {
    let width: Int
    private let body: ArticleBody
    private let preface: [Block]
    private let kept: Locked<KeptBlocks>

    /// How many laid-out lines to keep at most (about 40 screens of a
    /// large terminal); the least recently used blocks go first.
    static let keptLineLimit = 4_096

    init(body: ArticleBody, width: Int, preface: [Block] = []) {
        self.body = body
        self.preface = preface
        self.width = max(1, width)
        blockCount = body.blockCount
        kept = Locked(KeptBlocks())
    }

    let blockCount: Int

    /// The lines of top-level block `index`: at least one (a blank line
    /// separates it from the block before).
    func lines(ofBlock index: Int) -> [LayoutLine] {
        guard index >= 0 && index < blockCount else { return [] }
        if let lines = kept.withLock({ $0.lines(ofBlock: index) }) { return lines }
        let block = body.block(at: index)
        var lines = block.map { BlockLayout.lines(forBlock: $0, at: index, width: width) } ?? []
        if index == 0 && !preface.isEmpty { lines = withPreface(lines, after: block) }
        if lines.isEmpty { lines = [LayoutLine(runs: [], blockIndex: index, offset: 0)] }
        let laidOut = lines
        kept.withLock { $0.keep(laidOut, ofBlock: index, lineLimit: Self.keptLineLimit) }
        return lines
    }

    /// The preface's links are named by negative offsets (-1 and down), so
    /// they are never taken for links of block 0's own text.
    private func withPreface(_ lines: [LayoutLine], after first: Block?) -> [LayoutLine] {
        let prefaceLines = BlockLayout.lines(for: preface, width: width)
        let blank = LayoutLine(runs: [], blockIndex: 0, offset: 0)
        if case .heading(let heading)? = first, heading.level == 1 {
            // The title's last line (its rule) has offset `text.count + 1`.
            let start = (lines.last?.offset ?? heading.text.count + 1) + 1
            let placed = ([blank] + prefaceLines).enumerated().map {
                LayoutLine(runs: $0.element.runs, blockIndex: 0, offset: start + $0.offset, isPreface: true,
                           links: $0.element.links.map { ArticleLink(text: $0.text, url: $0.url, blockIndex: 0, offset: -1 - $0.offset) })
            }
            return lines + placed
        }
        let placed = (prefaceLines + [blank]).map {
            LayoutLine(runs: $0.runs, blockIndex: 0, offset: 0, isPreface: true,
                       links: $0.links.map { ArticleLink(text: $0.text, url: $0.url, blockIndex: 0, offset: -1 - $0.offset) })
        }
        return placed + lines
    }

    /// How many blocks have been laid out, and how many lines are kept
    /// (to prove that reading a long article lays out only what it shows).
    var work: (blocksLaidOut: Int, linesKept: Int) {
        kept.withLock { ($0.blocksLaidOut, $0.lineTotal) }
    }

    /// How many lines block `index` takes.
    func lineCount(ofBlock index: Int) -> Int { lines(ofBlock: index).count }
}

/// The laid-out blocks an `ArticleLayout` keeps, with when each was last
/// used, so the oldest go when there are too many lines.
private struct KeptBlocks {
    private var entries: [Int: (lines: [LayoutLine], used: Int)] = [:]
    private(set) var lineTotal = 0
    private(set) var blocksLaidOut = 0
    private var clock = 0

    mutating func lines(ofBlock index: Int) -> [LayoutLine]? {
        guard let entry = entries[index] else { return nil }
        clock += 1
        entries[index]?.used = clock
        return entry.lines
    }

    mutating func keep(_ lines: [LayoutLine], ofBlock index: Int, lineLimit: Int) {
        guard entries[index] == nil else { return }
        blocksLaidOut += 1
        clock += 1
        entries[index] = (lines, clock)
        lineTotal += lines.count
        guard lineTotal > lineLimit, entries.count > 1 else { return }
        // Drop the least recently used half, keeping the block just added.
        let byAge = entries.sorted { $0.value.used < $1.value.used }
        for (block, entry) in byAge.prefix(entries.count / 2) where block != index {
            entries[block] = nil
            lineTotal -= entry.lines.count
        }
    }
}
