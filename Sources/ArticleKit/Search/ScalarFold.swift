import Foundation

/// How one Unicode scalar reads for search, as up to eight UTF-8 bytes
/// packed into an integer (first byte in the lowest bits).
///
/// The rule, the same for text and query:
/// - whitespace (any `isWhitespace` scalar, and NUL) is `whitespace`, so
///   runs of it can be collapsed to one space;
/// - typographic quotes, primes and dashes read as their ASCII forms
///   (`don’t` matches `don't`, `3–4` matches `3-4`);
/// - the scalar is decomposed (NFD), lowercased unless the search is case
///   sensitive, and diacritical marks (`Diacritic` nonspacing or enclosing
///   marks) and default-ignorable scalars (soft hyphen, variation
///   selectors, joiners) are dropped, so `é`, `e\u{301}` and `E` read `e`;
/// - a fold longer than eight bytes (never seen in practice) keeps the
///   scalar, lowercased when it fits.
struct ScalarFold: Hashable, Sendable {
    var packed: UInt64

    static let whitespace = ScalarFold(packed: .max)
    static let nothing = ScalarFold(packed: 0)

    /// Folds computed so far, shared by every search in the process: each
    /// costs a few microseconds of Foundation work the first time.
    private static let shared = Locked<[UInt32: UInt64]>([:])

    /// The fold of `value`, from the shared table or computed once.
    static func lookUp(_ value: UInt32, caseSensitive: Bool) -> ScalarFold {
        let key = value << 1 | (caseSensitive ? 1 : 0)
        if let known = shared.withLock({ $0[key] }) { return ScalarFold(packed: known) }
        guard let scalar = Unicode.Scalar(value) else { return .nothing }
        let fold = compute(scalar, caseSensitive: caseSensitive)
        shared.withLock { $0[key] = fold.packed }
        return fold
    }

    /// Scalars that fold to themselves in both modes: CJK ideographs,
    /// Hangul syllables and emoji pictographs (no case, no decomposition
    /// worth undoing).
    static func isUnchanged(_ value: UInt32) -> Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x1F300...0x1F3FA, 0x1F400...0x1FAFF, 0x20000...0x2FA1D:
            true
        default:
            false
        }
    }

    static func compute(_ scalar: Unicode.Scalar, caseSensitive: Bool) -> ScalarFold {
        let properties = scalar.properties
        if scalar.value == 0 || properties.isWhitespace { return .whitespace }
        if let ascii = typographicASCII(scalar.value) { return ScalarFold(packed: UInt64(ascii)) }
        if isUnchanged(scalar.value) { return ScalarFold(packed: packed(scalar.value)) }
        var folded: [Unicode.Scalar] = []
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
            let cased = caseSensitive ? [part] : Array(part.properties.lowercaseMapping.unicodeScalars)
            folded += cased.filter { !isDropped($0) }
        }
        if let fold = pack(folded) { return fold }
        let fallback = caseSensitive ? [scalar] : Array(properties.lowercaseMapping.unicodeScalars)
        return pack(fallback) ?? pack([scalar]) ?? .nothing
    }

    /// Diacritical marks and invisible scalars, which search looks through.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isDefaultIgnorableCodePoint { return true }
        guard properties.isDiacritic else { return false }
        return properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark
    }

    /// Curly quotes, primes, hyphens and dashes as the ASCII a person types.
    static func typographicASCII(_ value: UInt32) -> UInt8? {
        switch value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035: 0x27  // '
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036: 0x22  // "
        case 0x2010...0x2015, 0x2212: 0x2D  // -
        default: nil
        }
    }

    /// One scalar's own UTF-8, packed.
    @inline(__always)
    static func packed(_ value: UInt32) -> UInt64 {
        switch value {
        case ..<0x80:
            return UInt64(value)
        case ..<0x800:
            return UInt64(0xC0 | value >> 6) | UInt64(0x80 | value & 0x3F) << 8
        case ..<0x10000:
            return UInt64(0xE0 | value >> 12) | UInt64(0x80 | value >> 6 & 0x3F) << 8 | UInt64(0x80 | value & 0x3F) << 16
        default:
            return UInt64(0xF0 | value >> 18) | UInt64(0x80 | value >> 12 & 0x3F) << 8
                | UInt64(0x80 | value >> 6 & 0x3F) << 16 | UInt64(0x80 | value & 0x3F) << 24
        }
    }

    /// `scalars` as packed UTF-8, or nil when longer than eight bytes.
    static func pack(_ scalars: [Unicode.Scalar]) -> ScalarFold? {
        var packed: UInt64 = 0
        var shift: UInt64 = 0
        for scalar in scalars {
            for byte in UTF8.encode(scalar)! {
                guard shift < 64 else { return nil }
                packed |= UInt64(byte) << shift
                shift += 8
            }
        }
        return ScalarFold(packed: packed)
    }
}
