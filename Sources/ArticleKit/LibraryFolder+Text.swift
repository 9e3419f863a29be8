import Foundation

/// A file read for a whole parse: its text when decoding would change
/// nothing, else its bytes, for `TextDecoding` to decode as before.
enum FileContents {
    /// The file's bytes exactly, as a string: valid UTF-8 with no NUL, no
    /// byte order mark, no CR and no U+FFFD.
    case text(String)
    case bytes([UInt8])
}

extension LibraryFolder {
    /// `name` read straight into a string's storage when its bytes are
    /// already the text decoding would give: a 10 MB article is then held
    /// once while it is parsed, not as bytes and as their decoding. A file
    /// that decoding would change (or that holds U+FFFD, which a repair
    /// would also leave) is read again as bytes; `TextDecoding` stays the
    /// one rule for those.
    func readContents(_ name: String) -> Result<(contents: FileContents, stamp: FileStamp), FileRefusal> {
        let straight = withOpened(name) { descriptor, size -> String? in
            var unchanged = true
            let text = String(unsafeUninitializedCapacity: size) { buffer in
                let filled = Self.fill(UnsafeMutableRawBufferPointer(buffer), from: descriptor, at: 0)
                unchanged = Self.decodesToItself(UnsafeBufferPointer(rebasing: buffer[..<filled]))
                return filled
            }
            // Invalid UTF-8 is repaired with U+FFFD: a string holding one may
            // not be the bytes (and one the bytes held is decoding's to keep
            // apart from a repair), so either way the bytes are read.
            return unchanged && !(text.utf8.withContiguousStorageIfAvailable(Self.containsReplacementCharacter) ?? true) ? text : nil
        }
        switch straight {
        case .success(let (text?, stamp)): return .success((.text(text), stamp))
        case .success: return read(name, range: 0..<Int.max).map { (.bytes($0.bytes), $0.stamp) }
        case .failure(let refusal): return .failure(refusal)
        }
    }

    /// Whether decoding `bytes` could only give them back, given they are
    /// valid UTF-8 without U+FFFD (checked on the string): no NUL (a binary
    /// file), no CR (line ends become LF), no byte order mark (dropped).
    private static func decodesToItself(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        if memchr(base, 0, bytes.count) != nil || memchr(base, 0x0D, bytes.count) != nil { return false }
        return !(bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    }

    /// Whether U+FFFD (EF BF BD) occurs in `bytes`.
    private static func containsReplacementCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var from = 0
        while from < bytes.count, let found = memchr(base + from, 0xEF, bytes.count - from) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD { return true }
            from = index + 1
        }
        return false
    }
}
