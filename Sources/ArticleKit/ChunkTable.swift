/// Where the pieces of a Markdown body start (see `MarkdownChunks`): in
/// bytes of the body, and in blocks. Kept with an article (and in the
/// metadata cache) so one piece can be parsed to show any block.
public struct ChunkTable: Hashable, Sendable {
    /// The UTF-8 offset in the body where each piece starts (the first is 0).
    public let byteStarts: [Int]
    /// The index of each piece's first block.
    public let blockStarts: [Int]
    /// Blocks in the whole body.
    public let blockCount: Int

    /// A table of `byteStarts.count` pieces; nil unless it is consistent
    /// (one block start per piece, both in order from 0, within the count),
    /// so a damaged cache can never send a reader out of range.
    public init?(byteStarts: [Int], blockStarts: [Int], blockCount: Int) {
        guard !byteStarts.isEmpty, byteStarts.count == blockStarts.count, byteStarts[0] == 0, blockStarts[0] == 0,
              Self.ascends(byteStarts, strictly: true), Self.ascends(blockStarts, strictly: false),
              blockStarts[blockStarts.count - 1] <= blockCount else { return nil }
        self.byteStarts = byteStarts
        self.blockStarts = blockStarts
        self.blockCount = blockCount
    }

    /// Whether each value is above (or, not `strictly`, at least) the one
    /// before. A plain loop: `zip` over a slice instantiates generic types
    /// at run time, which a reader's first frame waits for.
    private static func ascends(_ values: [Int], strictly: Bool) -> Bool {
        var index = 1
        while index < values.count {
            let (before, value) = (values[index - 1], values[index])
            if strictly ? value <= before : value < before { return false }
            index += 1
        }
        return true
    }

    /// A table just computed by a parse, consistent by construction.
    init(parsed byteStarts: [Int], blockStarts: [Int], blockCount: Int) {
        self.byteStarts = byteStarts
        self.blockStarts = blockStarts
        self.blockCount = blockCount
    }

    /// How many pieces.
    public var count: Int { byteStarts.count }

    /// The piece holding block `index` (the last piece for an index past
    /// the end).
    public func chunk(holdingBlock index: Int) -> Int {
        var low = 0
        var high = blockStarts.count
        while low < high {  // first piece starting after the block
            let middle = (low + high) / 2
            if blockStarts[middle] <= index { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    /// The blocks of piece `chunk`.
    public func blocks(ofChunk chunk: Int) -> Range<Int> {
        blockStarts[chunk]..<(chunk + 1 < count ? blockStarts[chunk + 1] : blockCount)
    }
}
