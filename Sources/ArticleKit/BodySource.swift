/// Where an unparsed body comes from: the article's file in its library
/// folder, read again with the same safety checks as the first time.
struct BodySource: Sendable {
    let folder: LibraryFolder
    let fileName: String

    func parse() -> [Block] {
        switch text() {
        // In pieces where it can be cut: the same blocks, without holding
        // the syntax tree of a whole long file.
        case .success(let body): MarkdownParser.parseInChunks(body).blocks
        case .failure(let why): [why.paragraph]
        }
    }

    /// The Markdown body (the file past its front matter), or why not.
    func text() -> Result<Substring, Unavailable> {
        switch folder.read(fileName) {
        case .failure(let refusal):
            return .failure(Self.unreadable(refusal))
        case .success(let bytes):
            guard case .text(let text, _) = TextDecoding.decode(bytes), let frontMatter = try? FrontMatter.split(text) else {
                return .failure(Self.notAnArticle)
            }
            return .success(frontMatter.body)
        }
    }

    /// The body to cut pieces from (`BodyText`): read from the file a
    /// piece at a time where it can be, else decoded whole; or why not.
    func piecesText() -> Result<BodyText, Unavailable> {
        switch folder.read(fileName, range: 0..<BodyText.headBytes) {
        case .failure(let refusal):
            return .failure(Self.unreadable(refusal))
        case .success(let head):
            if let text = BodyText(source: self, head: head.bytes, stamp: head.stamp) { return .success(text) }
            return text().map(BodyText.init(decoded:))
        }
    }

    private static func unreadable(_ refusal: FileRefusal) -> Unavailable {
        Unavailable(message: "This article can no longer be read: \(refusal.description).")
    }

    private static let notAnArticle = Unavailable(message: "This article's file has changed and is no longer an article; run 'weigh check'.")

    /// Why a body could not be read, said in its place.
    struct Unavailable: Error {
        let message: String
        var paragraph: Block { .paragraph([InlineSpan(message)]) }
    }
}

/// A body being read piece by piece: its text (read from the file a piece
/// at a time where it can be, see `BodyText`), and the pieces parsed most
/// recently (the oldest dropped past a bound).
struct BodyPieces {
    let source: BodySource
    /// The slug of each top-level heading, by block: a piece parsed alone
    /// cannot know which slugs the pieces before it took.
    let headingSlugs: [Int: String]
    private var text: Result<BodyText, BodySource.Unavailable>?
    private var parsed: [Int: (blocks: [Block], used: Int)] = [:]
    private var clock = 0

    init(source: BodySource, headingSlugs: [Int: String]) {
        self.source = source
        self.headingSlugs = headingSlugs
    }

    var keptCount: Int { parsed.count }

    /// The same body with no piece parsed, sharing the text already read:
    /// a pass over every piece (`ArticleBody.forEachTransientBlock`) parses
    /// its own pieces without holding up the reader's.
    func sharingText() -> BodyPieces {
        var pieces = BodyPieces(source: source, headingSlugs: headingSlugs)
        pieces.text = text
        return pieces
    }

    /// The blocks of piece `chunk`, exactly as many as the table says: a
    /// file changed since the table was made gives what it gives, cut or
    /// filled with a note, never an index out of range.
    mutating func blocks(ofChunk chunk: Int, of chunks: ChunkTable, keep: Bool, keeping limit: Int) -> [Block] {
        clock += 1
        if let kept = parsed[chunk] {
            parsed[chunk]?.used = clock
            return kept.blocks
        }
        if text == nil { text = source.piecesText() }
        let expected = chunks.blocks(ofChunk: chunk).count
        var blocks: [Block]
        switch text {
        case .success(var body):
            let end = chunk + 1 < chunks.count ? chunks.byteStarts[chunk + 1] : Int.max
            blocks = body.withBytes(in: chunks.byteStarts[chunk]..<max(chunks.byteStarts[chunk], end)) { MarkdownParser.parse($0) }
            text = .success(body)
        case .failure(let why):
            blocks = [why.paragraph]
        case nil:
            blocks = []
        }
        let first = chunks.blockStarts[chunk]
        for (offset, block) in blocks.enumerated() {
            if case .heading(var heading) = block, let slug = headingSlugs[first + offset] {
                heading.slug = slug
                blocks[offset] = .heading(heading)
            }
        }
        if blocks.count != expected {
            let note = Block.paragraph([InlineSpan("This part of the article changed on disk after the library was opened; open weigh again to read it.")])
            blocks = Array(blocks.prefix(expected)) + Array(repeating: note, count: max(0, expected - blocks.count))
        }
        if keep {
            parsed[chunk] = (blocks, clock)
            if parsed.count > limit, let oldest = parsed.min(by: { $0.value.used < $1.value.used })?.key {
                parsed[oldest] = nil
            }
        }
        return blocks
    }
}
