
/// An article's Markdown body as blocks, parsed when first read.
///
/// A library opened from the metadata cache knows each article's title,
/// claims and sections without parsing any body; the body of the article
/// being read is read from its file when first asked for. When the body's
/// pieces are known (`chunks`, found by the parse that filled the cache),
/// only the piece holding a block is parsed to show it, and only a few
/// pieces are kept: a 10 MB article opens anywhere in a few milliseconds
/// and holds a few hundred kilobytes of blocks.
public final class ArticleBody: Sendable {
    /// Where the body's pieces start, when known.
    public let chunks: ChunkTable?

    private enum Content {
        case parsed([Block])
        case unparsed(BodySource)
        /// The body's text read, with the pieces parsed most recently.
        case pieces(BodyPieces)
    }

    private let content: Locked<Content>
    /// The slug of each top-level heading by block, for pieces parsed alone.
    private let headingSlugs: [Int: String]

    /// How many parsed pieces a body read piece by piece keeps.
    static let keptPieces = 6

    /// A body that is already parsed.
    public init(blocks: [Block], chunks: ChunkTable? = nil) {
        self.chunks = chunks.flatMap { $0.blockCount == blocks.count ? $0 : nil }
        headingSlugs = [:]
        content = Locked(.parsed(blocks))
    }

    /// A body read from `source` when first needed; with its pieces, only
    /// those needed, their headings named as `sections` says.
    init(source: BodySource, chunks: ChunkTable? = nil, sections: [Section] = []) {
        self.chunks = chunks
        headingSlugs = Dictionary(sections.map { ($0.blockIndex, $0.slug) }, uniquingKeysWith: { first, _ in first })
        content = Locked(.unparsed(source))
    }

    /// How many top-level blocks the body has (parsing it only when its
    /// pieces are not known).
    public var blockCount: Int {
        chunks?.blockCount ?? blocks.count
    }

    /// Top-level block `index`, parsing only its piece when the pieces are
    /// known; nil past the end.
    public func block(at index: Int) -> Block? {
        guard index >= 0 else { return nil }
        guard let chunks else {
            let blocks = blocks
            return blocks.indices.contains(index) ? blocks[index] : nil
        }
        guard index < chunks.blockCount else { return nil }
        let chunk = chunks.chunk(holdingBlock: index)
        let blocks = content.withLock { content in piece(chunk, of: chunks, in: &content, keep: true) }
        let offset = index - chunks.blockStarts[chunk]
        return blocks.indices.contains(offset) ? blocks[offset] : nil
    }

    /// Every block, in order: the piece-by-piece reading of a long body
    /// (`search`), parsing the pieces not kept without keeping them.
    public func forEachBlock(_ visit: (Int, Block) -> Void) {
        guard let chunks else {
            for (index, block) in blocks.enumerated() { visit(index, block) }
            return
        }
        for chunk in 0..<chunks.count {
            let blocks = content.withLock { content in piece(chunk, of: chunks, in: &content, keep: false) }
            for (offset, block) in blocks.enumerated() { visit(chunks.blockStarts[chunk] + offset, block) }
        }
    }

    /// The blocks at `indices` (in increasing order), each piece holding
    /// some parsed once: what a search narrowing its query looks at again.
    public func forEachBlock(at indices: [Int], _ visit: (Int, Block) -> Void) {
        guard let chunks else {
            let blocks = blocks
            for index in indices where blocks.indices.contains(index) { visit(index, blocks[index]) }
            return
        }
        var position = 0
        while position < indices.count {
            guard indices[position] >= 0 && indices[position] < chunks.blockCount else {
                position += 1  // no such block
                continue
            }
            let chunk = chunks.chunk(holdingBlock: indices[position])
            let range = chunks.blocks(ofChunk: chunk)
            let blocks = content.withLock { content in piece(chunk, of: chunks, in: &content, keep: false) }
            while position < indices.count && indices[position] < range.upperBound {
                let offset = indices[position] - range.lowerBound
                if blocks.indices.contains(offset) { visit(indices[position], blocks[offset]) }
                position += 1
            }
        }
    }

    /// The blocks, parsing the file on first use. A file that can no longer
    /// be read gives one paragraph saying why, never a crash. A body read
    /// piece by piece is put together for the caller and not kept whole.
    public var blocks: [Block] {
        if let chunks {
            // A short body (a few pieces) is kept, so asking again is free.
            let keep = chunks.count <= Self.keptPieces
            var all: [Block] = []
            all.reserveCapacity(chunks.blockCount)
            for chunk in 0..<chunks.count {
                all += content.withLock { content in piece(chunk, of: chunks, in: &content, keep: keep) }
            }
            return all
        }
        return content.withLock { content in
            switch content {
            case .parsed(let blocks):
                return blocks
            case .unparsed(let source):
                let blocks = source.parse()
                content = .parsed(blocks)
                return blocks
            case .pieces(let pieces):
                return pieces.source.parse()
            }
        }
    }

    /// How many pieces are parsed and kept (for tests).
    var keptPieceCount: Int {
        content.withLock { if case .pieces(let pieces) = $0 { pieces.keptCount } else { 0 } }
    }

    /// Whether the blocks are in memory (so reading them costs nothing).
    public var isParsed: Bool {
        content.withLock { if case .parsed = $0 { true } else { false } }
    }

    /// Every block, in order, without keeping any: for a pass over a whole
    /// library (the search index) that must hold neither every body nor a
    /// long body whole. A body not yet read is read for this pass only,
    /// a piece at a time when its pieces are known.
    public func forEachTransientBlock(_ visit: (Int, Block) -> Void) {
        // The pieces are parsed outside the lock: the reader showing this
        // body must not wait for a pass over all of it.
        let unread: BodyPieces? = content.withLock { content in
            switch content {
            case .parsed: nil
            case .unparsed(let source): BodyPieces(source: source, headingSlugs: headingSlugs)
            case .pieces(let pieces): pieces.sharingText()
            }
        }
        guard var pieces = unread else { return forEachBlock(visit) }
        guard let chunks else {
            for (index, block) in pieces.source.parse().enumerated() { visit(index, block) }
            return
        }
        for chunk in 0..<chunks.count {
            let blocks = pieces.blocks(ofChunk: chunk, of: chunks, keep: false, keeping: 0)
            for (offset, block) in blocks.enumerated() { visit(chunks.blockStarts[chunk] + offset, block) }
        }
    }

    /// The blocks of piece `chunk`: parsed already, or parsed now from the
    /// body's text (read on first use), kept when `keep` says so.
    private func piece(_ chunk: Int, of chunks: ChunkTable, in content: inout Content, keep: Bool) -> [Block] {
        switch content {
        case .parsed(let blocks):
            return Array(blocks[chunks.blocks(ofChunk: chunk).clamped(to: blocks.indices)])
        case .unparsed(let source):
            content = .pieces(BodyPieces(source: source, headingSlugs: headingSlugs))
            return piece(chunk, of: chunks, in: &content, keep: keep)
        case .pieces(var pieces):
            content = .parsed([])  // no second copy while `pieces` changes
            let blocks = pieces.blocks(ofChunk: chunk, of: chunks, keep: keep, keeping: Self.keptPieces)
            content = .pieces(pieces)
            return blocks
        }
    }
}

extension ArticleBody: Hashable {
    public static func == (lhs: ArticleBody, rhs: ArticleBody) -> Bool {
        lhs === rhs || lhs.blocks == rhs.blocks
    }

    public func hash(into hasher: inout Hasher) {
        // Equal bodies have equal blocks; the article's other fields are
        // enough to spread hashes, so the body is not parsed to hash it.
    }
}
