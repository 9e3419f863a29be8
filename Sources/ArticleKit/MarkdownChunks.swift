import Foundation

/// Where a long Markdown body can be cut into pieces that, parsed one by
/// one, give exactly the blocks the whole would: so a 10 MB article can be
/// opened in the middle by parsing one piece, and no parse holds the
/// syntax tree of the whole file.
///
/// A cut is made only before an ATX heading at column 0 (`# Title`) that
/// follows a blank line, outside any fenced code block. Such a line ends
/// every open container (a list item or quote cannot continue across it)
/// and every paragraph, table, indented code block or HTML block of kinds
/// 6 and 7 (those end at the blank line). Fences are followed only when
/// they open at column 0, where they cannot belong to a list item or quote.
/// Whatever could still reach across a cut makes the body one piece
/// (conservatively: the bytes are looked for anywhere, code included):
/// a line starting with `<` (an HTML block, inside which a fence-like line
/// is not a fence), a fence indented one to three spaces (it may be top level or in a list
/// item, and the two read alike), a link or footnote definition (`]:`, usable from
/// anywhere) and an HTML block of kinds 1–5 (`<!`, `<?`, `<script`,
/// `<pre`, `<style`, `<textarea`), which runs past blank lines to its end.
/// Line endings are `\n`, `\r\n` or a lone `\r`, as CommonMark has them.
public enum MarkdownChunks {
    /// The smallest piece worth cutting off.
    public static let targetBytes = 128 * 1024

    /// UTF-8 offsets into `body` where pieces start: `[0]`, then one offset
    /// per cut, each at least `target` bytes after the one before.
    static func starts(in body: String, target: Int = targetBytes) -> [Int] {
        var body = body
        return body.withUTF8 { starts(in: $0, target: max(1, target)) }
    }

    /// `limit`: stop once that many pieces are found (the last of them
    /// then runs to the end of the body).
    static func starts(in bytes: UnsafeBufferPointer<UInt8>, target: Int, limit: Int = .max) -> [Int] {
        guard bytes.count > target, !containsReachingMarkup(bytes) else { return [0] }
        var starts = [0]
        var fence: (marker: UInt8, length: Int)?
        var previousIsBlank = true
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D { lineEnd += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            let (indent, indentBytes) = indentation(of: line)
            let content = UnsafeBufferPointer(rebasing: line[indentBytes...])
            if indent <= 3 && content.first == 0x3C {
                return [0]  // an HTML block: a fence-like line inside it is not one
            }
            if indent == 0, let open = fence {
                if closes(content, open) { fence = nil }
            } else if indent == 0, let opened = opensFence(content) {
                fence = opened
            } else if (1...3).contains(indent), opensFence(content) != nil {
                return [0]
            } else if fence == nil && previousIsBlank && indent == 0 && isATXHeading(content)
                && lineStart - starts[starts.count - 1] >= target {
                starts.append(lineStart)
                if starts.count >= limit { return starts }
            }
            previousIsBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            // Past the line ending: \n, \r\n or \r.
            lineStart = lineEnd
            if lineStart < bytes.count && bytes[lineStart] == 0x0D { lineStart += 1 }
            if lineStart < bytes.count && bytes[lineStart] == 0x0A && (lineStart == lineEnd || bytes[lineStart - 1] == 0x0D) { lineStart += 1 }
        }
        return starts
    }

    /// `]:`, `<!`, `<?`, or `<` then script, pre, style or textarea in any case.
    /// The whole body is scanned before a long article's first piece is
    /// shown, so the two bytes that start such markup are found with
    /// `memchr` (many bytes at a time) rather than by looking at each byte.
    static func containsReachingMarkup(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 1, let base = bytes.baseAddress else { return false }
        let tags = ["script", "pre", "style", "textarea"].map { Array($0.utf8) }
        for index in occurrences(of: 0x5D, in: bytes) where index + 1 < bytes.count && base[index + 1] == 0x3A {
            return true
        }
        for index in occurrences(of: 0x3C, in: bytes) where index + 1 < bytes.count {
            let next = base[index + 1]
            if next == 0x21 || next == 0x3F { return true }
            for tag in tags where index + tag.count < bytes.count {
                if tag.indices.allSatisfy({ base[index + 1 + $0] | 0x20 == tag[$0] }) { return true }
            }
        }
        return false
    }

    /// The offsets of `byte` in `bytes`, found by `memchr`.
    private static func occurrences(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> UnfoldSequence<Int, Int> {
        sequence(state: 0) { from in
            guard from < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + from, Int32(byte), bytes.count - from) else { return nil }
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            from = index + 1
            return index
        }
    }

    /// Leading spaces in columns, up to 4 (a tab there counts as reaching
    /// 4), and in bytes.
    private static func indentation(of line: UnsafeBufferPointer<UInt8>) -> (columns: Int, bytes: Int) {
        var count = 0
        for byte in line {
            if byte == 0x20 {
                count += 1
                if count == 4 { return (4, count) }
            } else if byte == 0x09 {
                return (4, count + 1)
            } else {
                break
            }
        }
        return (count, count)
    }

    private static func run(of marker: UInt8, in content: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        while count < content.count && content[count] == marker { count += 1 }
        return count
    }

    /// A fence opening: three or more backticks (with no backtick after
    /// them) or tildes.
    private static func opensFence(_ content: UnsafeBufferPointer<UInt8>) -> (marker: UInt8, length: Int)? {
        guard let marker = content.first, marker == 0x60 || marker == 0x7E else { return nil }
        let length = run(of: marker, in: content)
        guard length >= 3 else { return nil }
        if marker == 0x60 && content[length...].contains(0x60) { return nil }
        return (marker, length)
    }

    /// A closing fence for `open`: at least as long, nothing but spaces after.
    private static func closes(_ content: UnsafeBufferPointer<UInt8>, _ open: (marker: UInt8, length: Int)) -> Bool {
        let length = run(of: open.marker, in: content)
        return length >= open.length && content[length...].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// `#` to `######` then a space, a tab or the end of the line.
    private static func isATXHeading(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
        let hashes = run(of: 0x23, in: content)
        guard (1...6).contains(hashes) else { return false }
        return hashes == content.count || content[hashes] == 0x20 || content[hashes] == 0x09
    }
}
