import Foundation

/// A body's text to cut pieces from: the Markdown past the front matter,
/// as the bytes that `TextDecoding` and `FrontMatter.split` would give.
///
/// While the file's own bytes are exactly those (no byte order mark, no
/// NUL, no carriage return, valid UTF-8), each piece is read from the file
/// when asked for, after the bytes before it have been checked: a later
/// run shows the start of a 10 MB article reading a few hundred
/// kilobytes, and keeps none of the rest. Anything else — such bytes, or
/// a file that is not the version first read — is decoded whole, as the
/// first parse did, so piece offsets (`ChunkTable`) always mean the same
/// bytes.
struct BodyText {
    private enum Storage {
        /// Read from the file: the body starts at `bodyStart`; the bytes
        /// before `checkedEnd` (always the end of a whole character) are
        /// the text, in the version of the file `stamp` names.
        case file(BodySource, stamp: FileStamp, bodyStart: Int, checkedEnd: Int)
        case decoded(Substring)
    }

    private var storage: Storage

    /// How much of a file is read first, to find where its body starts.
    static let headBytes = 64 * 1024

    /// A body read from the file a piece at a time, given the file's first
    /// bytes (`headBytes`, or all of a shorter file); nil when the pieces
    /// cannot be read that way (a byte order mark, or front matter longer
    /// than the head) and the file must be decoded whole.
    init?(source: BodySource, head: [UInt8], stamp: FileStamp) {
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
        // A head cut short ends at its last line feed: a fence cut in two
        // must not look like a whole one.
        let whole = head.count < Self.headBytes
        guard let end = whole ? head.count : head.lastIndex(of: 0x0A).map({ $0 + 1 }),
              let start = head.withUnsafeBufferPointer({ try? FrontMatter.bodyOffset(in: UnsafeBufferPointer(rebasing: $0[..<end])) })
        else { return nil }
        storage = .file(source, stamp: stamp, bodyStart: start, checkedEnd: 0)
    }

    /// A body decoded whole (`BodySource.text`).
    init(decoded body: Substring) {
        storage = .decoded(body)
    }

    /// Whether pieces are read from the file as asked for (tests).
    var readsFileByPieces: Bool {
        if case .file = storage { true } else { false }
    }

    /// `body` over the body's bytes in `range` (clamped to the body).
    mutating func withBytes<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case .decoded(let text):
            return MarkdownParser.withUTF8(of: text) { bytes in
                let lower = min(max(0, range.lowerBound), bytes.count)
                return body(UnsafeBufferPointer(rebasing: bytes[lower..<min(max(lower, range.upperBound), bytes.count)]))
            }
        case .file(let source, let stamp, let bodyStart, let checkedEnd):
            let start = bodyStart + max(0, range.lowerBound)
            let end = range.upperBound > Int.max - bodyStart ? Int.max : bodyStart + range.upperBound
            guard let piece = Self.piece(start..<max(start, end), of: source, stamp: stamp, checkedEnd: checkedEnd) else {
                // Pieces that no longer fit say so (`BodyPieces`).
                storage = .decoded((try? source.text().get()) ?? "")
                return withBytes(in: range, body)
            }
            storage = .file(source, stamp: stamp, bodyStart: bodyStart, checkedEnd: piece.checkedEnd)
            return piece.bytes.withUnsafeBufferPointer(body)
        }
    }

    /// The file's bytes in `range`, and how far they are now checked to be
    /// the text: everything before the piece is checked too, since a byte
    /// that decoding would replace or drop moves every offset after it.
    /// One read covers the piece and what is still to check before it, so
    /// all of it comes from one version of the file. Nil when the bytes
    /// are not the text, or the file is another version.
    private static func piece(_ range: Range<Int>, of source: BodySource, stamp: FileStamp,
                              checkedEnd: Int) -> (bytes: ArraySlice<UInt8>, checkedEnd: Int)? {
        let readStart = min(range.lowerBound, checkedEnd)
        guard case .success(let read) = source.folder.read(source.fileName, range: readStart..<range.upperBound),
              read.stamp == stamp else { return nil }
        let unchecked = min(checkedEnd - readStart, read.bytes.count)
        guard unchecked == read.bytes.count || isText(read.bytes[unchecked...]) else { return nil }
        let lower = min(range.lowerBound - readStart, read.bytes.count)
        return (read.bytes[lower...], max(checkedEnd, readStart + read.bytes.count))
    }

    /// Whether `bytes` are already the decoded text: no NUL (binary), no
    /// carriage return (normalized away), valid UTF-8 (else replaced).
    private static func isText(_ bytes: ArraySlice<UInt8>) -> Bool {
        let clean = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            return memchr(base, 0, buffer.count) == nil && memchr(base, 0x0D, buffer.count) == nil
        }
        return clean && (try? UTF8Span(validating: bytes.span)) != nil
    }
}
