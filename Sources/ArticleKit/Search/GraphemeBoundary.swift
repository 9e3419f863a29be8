/// Cheap answers to "does a new `Character` start here?" for the common
/// scripts, so folding can walk UTF-8 bytes instead of `Character`s (about
/// ten times faster). Where these rules do not know, the folder asks
/// `String` itself.
enum GraphemeBoundary {
    /// True if a scalar can neither join the scalar before it into one
    /// `Character` nor pull the next scalar into its own: letters and
    /// punctuation of Latin, Greek and Cyrillic, general punctuation and
    /// symbols, CJK, kana, full-width forms and single emoji. Combining
    /// marks, joiners, variation selectors, regional indicators, Hangul
    /// jamo and syllables, Indic scripts and prepended marks are not.
    static func isIsolated(_ value: UInt32) -> Bool {
        switch value {
        case 0x00A0...0x02FF, 0x0370...0x0482, 0x048A...0x052F, 0x1E00...0x1FFF,
             0x2000...0x200A, 0x2010...0x2027, 0x2030...0x205F, 0x2070...0x20CF, 0x2100...0x2BFF,
             0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF9D,
             0x1F300...0x1F3FA, 0x1F400...0x1FAFF, 0x20000...0x2FA1D:
            true
        default:
            false
        }
    }

    /// Scalars with Grapheme_Cluster_Break=Prepend (Unicode 16), which join
    /// the following scalar, even an ASCII one.
    static func isPrepend(_ value: UInt32) -> Bool {
        switch value {
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD,
             0x111C2...0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02:
            true
        default:
            false
        }
    }

    /// Whether a `Character` boundary lies between scalar `before` and the
    /// scalar `after`, when the rules above can tell; nil when only the
    /// full grapheme algorithm can.
    @inline(__always)
    static func isBoundary(between before: UInt32, and after: UInt32) -> Bool? {
        if after < 0x80 {
            if before < 0x80 { return !(before == 0x0D && after == 0x0A) }
            return isPrepend(before) ? nil : true
        }
        if (before < 0x80 || isIsolated(before)) && isIsolated(after) { return true }
        return nil
    }

    /// Where the `Character` that starts at byte `position` of `text`'s
    /// UTF-8 (`utf8`) ends.
    @inline(__always)
    static func end(ofCharacterAt position: Int, in text: String, utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let (scalar, length) = TextFolder.decode(utf8, at: position)
        let next = position + length
        guard next < utf8.count else { return next }
        let following = utf8[next] < 0x80 ? UInt32(utf8[next]) : TextFolder.decode(utf8, at: next).scalar
        if isBoundary(between: scalar, and: following) == true { return next }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: position)
        return text.utf8.distance(from: text.utf8.startIndex, to: text.index(after: start))
    }
}
