import CCmarkGFM
import Foundation

/// Parses a Markdown body (CommonMark with GitHub tables, strikethrough and
/// autolinks) into the block model, with every string sanitized.
///
/// cmark-gfm does the parsing; this type only walks its tree. It never
/// fails: any byte sequence yields some blocks. cmark-gfm's parses are
/// serialized: it adds and removes its extensions' special characters in a
/// process-wide table during each parse, so two at once corrupt each other
/// (seen as `~~strike~~` left unparsed when tests ran in parallel). Walking
/// the finished tree into blocks, most of the time, needs no lock, so a
/// parse the reader waits for (a key on a long article) is held up only by
/// cmark's part of a background one (the search index).
public enum MarkdownParser {
    /// The blocks of `markdown`, top level first.
    public static func parse(_ markdown: String) -> [Block] {
        var markdown = markdown
        return markdown.withUTF8 { parse($0) }
    }

    /// The blocks of the UTF-8 Markdown in `bytes`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [Block] {
        var slugs = SlugRegistry()
        return parse(bytes, slugs: &slugs)
    }

    /// The blocks of `bytes`, one piece of a longer body: heading slugs
    /// unique among those in `slugs`, which gets this piece's added.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, slugs: inout SlugRegistry) -> [Block] {
        parse(bytes, slugs: &slugs, lines: false).blocks
    }

    /// The blocks of `bytes` and, when `lines`, the line each top-level
    /// one starts on.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, slugs: inout SlugRegistry, lines: Bool) -> (blocks: [Block], lines: [Int]) {
        _ = extensionsRegistered
        guard let parser = cmark_parser_new(cm_parse_options()) else { return ([], []) }
        defer { cmark_parser_free(parser) }
        var finished: OpaquePointer?
        cmarkLock.withLock { finished = finish(parser, bytes) }
        guard let document = finished else { return ([], []) }
        defer { cmark_node_free(document) }
        var walker = CmarkTreeWalker(slugs: slugs)
        defer { slugs = walker.slugs }
        let blocks = walker.blocks(in: document)
        return (blocks, lines ? walker.topLevelLines : [])
    }

    /// The line of `markdown` (1-based) each top-level block of
    /// `parseInChunks` starts on: cut and parsed the same way, so the lines
    /// and the blocks correspond one to one.
    static func blockLines(_ markdown: Substring, target: Int = MarkdownChunks.targetBytes) -> [Int] {
        withUTF8(of: markdown) { bytes in
            let starts = MarkdownChunks.starts(in: bytes, target: max(1, target))
            var lines: [Int] = []
            var slugs = SlugRegistry()
            var lineOfPiece = 1
            var counted = 0
            for (index, start) in starts.enumerated() {
                let end = index + 1 < starts.count ? starts[index + 1] : bytes.count
                lineOfPiece += bytes[counted..<start].count { $0 == 0x0A }
                counted = start
                lines += parse(UnsafeBufferPointer(rebasing: bytes[start..<end]), slugs: &slugs, lines: true).lines
                    .map { $0 + lineOfPiece - 1 }
            }
            return lines
        }
    }

    /// The blocks of `markdown` parsed a piece at a time where it can be
    /// cut (`MarkdownChunks`), and where the pieces start: the same blocks
    /// as `parse`, without ever holding the whole file's syntax tree.
    public static func parseInChunks(_ markdown: String, target: Int = MarkdownChunks.targetBytes) -> (blocks: [Block], chunks: ChunkTable) {
        parseInChunks(markdown[...], target: target)
    }

    /// `parseInChunks` of part of a string, read in place.
    static func parseInChunks(_ markdown: Substring, target: Int = MarkdownChunks.targetBytes) -> (blocks: [Block], chunks: ChunkTable) {
        var blocks: [Block] = []
        let chunks = forEachChunk(markdown, target: target) { piece, _ in blocks += piece }
        return (blocks, chunks)
    }

    /// `parseInChunks` a piece at a time: `visit` is given each piece's
    /// blocks and the index of its first block, and nothing is kept, so a
    /// long body's blocks are never all in memory at once.
    static func forEachChunk(_ markdown: Substring, target: Int = MarkdownChunks.targetBytes,
                             _ visit: ([Block], Int) -> Void) -> ChunkTable {
        withUTF8(of: markdown) { bytes in
            let starts = MarkdownChunks.starts(in: bytes, target: max(1, target))
            var blockStarts: [Int] = []
            var count = 0
            var slugs = SlugRegistry()
            for (index, start) in starts.enumerated() {
                let end = index + 1 < starts.count ? starts[index + 1] : bytes.count
                blockStarts.append(count)
                let piece = parse(UnsafeBufferPointer(rebasing: bytes[start..<end]), slugs: &slugs)
                visit(piece, count)
                count += piece.count
            }
            return ChunkTable(parsed: starts, blockStarts: blockStarts, blockCount: count)
        }
    }

    /// The blocks of the first piece of `markdown` (`MarkdownChunks`), the
    /// same as the start of `parseInChunks`, and whether that piece is the
    /// whole body: how a reader shows the start of a long article at once.
    static func parseFirstPiece(_ markdown: Substring, target: Int = MarkdownChunks.targetBytes) -> (blocks: [Block], isWhole: Bool) {
        withUTF8(of: markdown) { bytes in
            let starts = MarkdownChunks.starts(in: bytes, target: max(1, target), limit: 2)
            let end = starts.count > 1 ? starts[1] : bytes.count
            return (parse(UnsafeBufferPointer(rebasing: bytes[0..<end])), starts.count == 1)
        }
    }

    /// `body` over the UTF-8 of `text`: in place (a substring of a native
    /// string is contiguous), else from a copy.
    static func withUTF8<Result>(of text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(text)
        return copy.withUTF8(body)
    }

    private static let cmarkLock = NSLock()

    /// cmark's own parse of `bytes` with the extensions: the part that
    /// must hold `cmarkLock`.
    private static func finish(_ parser: OpaquePointer, _ bytes: UnsafeBufferPointer<UInt8>) -> OpaquePointer? {
        for name in ["table", "strikethrough", "autolink"] {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        bytes.withMemoryRebound(to: CChar.self) { chars in
            cmark_parser_feed(parser, chars.baseAddress, chars.count)
        }
        return cmark_parser_finish(parser)
    }

    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()
}
