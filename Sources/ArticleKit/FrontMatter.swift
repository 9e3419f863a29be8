import Foundation

/// An article file split into its YAML front matter and its Markdown body,
/// remembering on which line of the file each part starts.
struct FrontMatter {
    var yaml: String
    /// File line of the first YAML line (the one after the opening `---`).
    var yamlStartLine: Int
    /// The rest of the text, sharing its storage: a 10 MB body is not
    /// copied (or checked as UTF-8 again) to be parsed.
    var body: Substring

    enum SplitError: Error, Equatable {
        case missingOpening
        case missingClosing
    }

    /// Splits `text` (LF line endings) at a leading `---` line and the next
    /// line that is `---` or `...`. Scans bytes, so an unclosed front matter
    /// in a 32 MB file costs milliseconds, not seconds.
    static func split(_ text: String) throws(SplitError) -> FrontMatter {
        var source = text
        let parts = try source.withUTF8(parts(of:)).get()
        // The body starts after a line feed, so on a character boundary.
        let bodyStart = source.utf8.index(source.utf8.startIndex, offsetBy: parts.bodyOffset)
        return FrontMatter(yaml: parts.yaml, yamlStartLine: 2, body: source[bodyStart...])
    }

    /// Where the body starts in `bytes` (LF line endings): the offset
    /// `split` cuts at, found without making a string of the whole text.
    static func bodyOffset(in bytes: UnsafeBufferPointer<UInt8>) throws(SplitError) -> Int {
        try parts(of: bytes).get().bodyOffset
    }

    private static func parts(of bytes: UnsafeBufferPointer<UInt8>) -> Result<(yaml: String, bodyOffset: Int), SplitError> {
        guard let base = bytes.baseAddress else { return .failure(.missingOpening) }
        var lineStart = 0
        var yamlStart: Int?
        while true {
            var lineEnd = bytes.count
            if let found = memchr(base + lineStart, 0x0A, bytes.count - lineStart) {
                lineEnd = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            }
            let fence = fenceKind(bytes, from: lineStart, to: lineEnd)
            let next = min(lineEnd + 1, bytes.count)
            if let start = yamlStart {
                if fence != nil { return .success((string(bytes, start..<lineStart), next)) }
            } else {
                guard fence == "-" else { return .failure(.missingOpening) }
                yamlStart = next
            }
            if lineEnd >= bytes.count { return .failure(.missingClosing) }
            lineStart = next
        }
    }

    /// `"-"` for a `---` line, `"."` for `...`, nil otherwise (trailing
    /// spaces and tabs allowed).
    private static func fenceKind(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Character? {
        var last = end
        while last > start, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 { last -= 1 }
        guard last - start == 3 else { return nil }
        let first = bytes[start]
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "."), bytes[start + 1] == first, bytes[start + 2] == first else { return nil }
        return Character(Unicode.Scalar(first))
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
