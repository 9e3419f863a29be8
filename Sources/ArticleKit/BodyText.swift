import Foundation

/// A body's text to cut pieces from: the Markdown past the front matter,
/// as the bytes that `TextDecoding` and `FrontMatter.split` would give.
///
/// While the file's own bytes are exactly those (no byte order mark, no
/// carriage return, valid UTF-8), the pieces are read from the file's
/// bytes in place and only the bytes up to the piece asked for are
/// checked: a later run shows the start of a 10 MB article without
/// decoding all of it into a second copy. Anything else is decoded whole,
/// as the first parse did, so piece offsets (`ChunkTable`) always mean
/// the same bytes.
struct BodyText {
    private enum Storage {
        /// The file, the offset where its body starts, and how far from
        /// the start it is known to be valid UTF-8 (always at the end of
        /// a whole character).
        case file([UInt8], bodyStart: Int, validEnd: Int)
        case decoded(Substring)
    }

    private var storage: Storage

    /// The body of the article file `bytes`; nil when it is no longer an
    /// article (binary data, or no front matter).
    init?(file bytes: [UInt8]) {
        let isPlain: Bool? = bytes.withUnsafeBufferPointer { whole -> Bool? in
            guard let base = whole.baseAddress else { return false }
            if memchr(base, 0, whole.count) != nil { return nil }  // binary: refused as the decoding refuses it
            let hasMark = whole.count >= 3 && whole[0] == 0xEF && whole[1] == 0xBB && whole[2] == 0xBF
            return !hasMark && memchr(base, 0x0D, whole.count) == nil
        }
        switch isPlain {
        case nil:
            return nil
        case true?:
            guard let start = bytes.withUnsafeBufferPointer({ try? FrontMatter.bodyOffset(in: $0) }) else { return nil }
            storage = .file(bytes, bodyStart: start, validEnd: 0)
        case false?:
            guard let body = Self.decodedBody(bytes) else { return nil }
            storage = .decoded(body)
        }
    }

    /// The body decoded the way the first parse decoded it.
    private static func decodedBody(_ bytes: [UInt8]) -> Substring? {
        guard case .text(let text, _) = TextDecoding.decode(bytes), let frontMatter = try? FrontMatter.split(text) else { return nil }
        return frontMatter.body
    }

    /// Whether the pieces are read from the file's bytes in place (tests).
    var readsFileInPlace: Bool {
        if case .file = storage { true } else { false }
    }

    /// `body` over the body's bytes in `range` (clamped to the body).
    mutating func withBytes<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case .decoded(let text):
            return MarkdownParser.withUTF8(of: text) { bytes in
                body(UnsafeBufferPointer(rebasing: bytes[Self.clamp(range, to: bytes.count)]))
            }
        case .file(let bytes, let bodyStart, let validEnd):
            let piece = Self.clamp(range, to: bytes.count - bodyStart)
            let end = bodyStart + piece.upperBound
            if end > validEnd {
                // Everything before the piece is checked too: a byte that
                // decoding would replace moves every offset after it.
                guard (try? UTF8Span(validating: bytes.span.extracting(validEnd..<end))) != nil else {
                    storage = .decoded(Self.decodedBody(bytes) ?? "")
                    return withBytes(in: range, body)
                }
                storage = .file(bytes, bodyStart: bodyStart, validEnd: end)
            }
            return bytes.withUnsafeBufferPointer { whole in
                body(UnsafeBufferPointer(rebasing: whole[(bodyStart + piece.lowerBound)..<end]))
            }
        }
    }

    private static func clamp(_ range: Range<Int>, to count: Int) -> Range<Int> {
        let lower = min(max(0, range.lowerBound), count)
        return lower..<min(max(lower, range.upperBound), count)
    }
}
