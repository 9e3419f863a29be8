import Foundation

/// Finds a byte pattern in a byte buffer, 32 positions at a time: a
/// position is a candidate when the pattern's two rarest bytes (by English
/// letter frequency) are where they should be, and only candidates are
/// compared in full. Several GB/s on one core.
enum ByteSearch {
    /// The first start `s` in `from...` with `pattern` at `s` and
    /// `s + pattern.count <= end`; nil if there is none.
    static func firstIndex(
        of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from: Int, end: Int? = nil
    ) -> Int? {
        let end = min(end ?? text.count, text.count)
        let length = pattern.count
        guard length > 0, from >= 0, end - from >= length, let textBase = text.baseAddress, let patternBase = pattern.baseAddress
        else { return nil }
        let (one, two) = probes(pattern)
        let raw = UnsafeRawPointer(textBase)
        let firstProbe = SIMD32<UInt8>(repeating: pattern[one])
        let secondProbe = SIMD32<UInt8>(repeating: pattern[two])
        var start = from
        while start + length - 1 + 32 <= end {
            let atOne = raw.loadUnaligned(fromByteOffset: start + one, as: SIMD32<UInt8>.self)
            let atTwo = raw.loadUnaligned(fromByteOffset: start + two, as: SIMD32<UInt8>.self)
            let candidates = (atOne .== firstProbe) .& (atTwo .== secondProbe)
            if any(candidates) {
                // Each lane is a byte, 0xFF where a candidate: read them
                // eight at a time rather than lane by lane (which is slow).
                let words = unsafeBitCast(candidates, to: SIMD4<UInt64>.self)
                for word in 0..<4 {
                    var bits = words[word]
                    while bits != 0 {
                        let byte = bits.trailingZeroBitCount / 8
                        let candidate = start + word * 8 + byte
                        if memcmp(raw + candidate, patternBase, length) == 0 { return candidate }
                        bits &= ~(UInt64(0xFF) << UInt64(byte * 8))
                    }
                }
            }
            start += 32
        }
        while start + length <= end {
            if textBase[start + one] == pattern[one], memcmp(raw + start, patternBase, length) == 0 { return start }
            start += 1
        }
        return nil
    }

    /// The positions of the pattern's two rarest bytes (the same position
    /// twice for a one-byte pattern).
    static func probes(_ pattern: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var first = 0
        for index in pattern.indices where commonness[Int(pattern[index])] < commonness[Int(pattern[first])] {
            first = index
        }
        var second = first
        for index in pattern.indices where index != first {
            if second == first || commonness[Int(pattern[index])] < commonness[Int(pattern[second])]
                || (pattern[second] == pattern[first] && pattern[index] != pattern[first]) {
                second = index
            }
        }
        return (first, second)
    }

    /// How common each byte is in folded English text, roughly (higher is
    /// more common): lowercase letters by frequency, space most of all.
    static let commonness: [UInt8] = (0..<256).map { (byte: Int) -> UInt8 in
        let letters = Array("etaoinsrhldcumfpgwybvkxjqz".utf8)
        if let rank = letters.firstIndex(of: UInt8(byte)) { return UInt8(220 - rank * 8) }
        switch byte {
        case 0x20: return 255
        case 0x41...0x5A: return 40
        case 0x30...0x39, 0x2C, 0x2E: return 50
        case 0x80...0xBF: return 60
        default: return 20
        }
    }

    /// The last start `s` with `s < before` and `pattern` at `s` (the match
    /// may run past `before`); nil if there is none. Searches forward in
    /// windows that double as they move back, so a near match is found
    /// without scanning the whole text.
    static func lastIndex(
        of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, before: Int
    ) -> Int? {
        let length = pattern.count
        guard length > 0 else { return nil }
        var windowEnd = min(before, text.count - length + 1)
        var size = 4096
        while windowEnd > 0 {
            let windowStart = max(0, windowEnd - size)
            var found: Int?
            var from = windowStart
            while let hit = firstIndex(of: pattern, in: text, from: from, end: windowEnd + length - 1) {
                found = hit
                from = hit + 1
            }
            if let found { return found }
            windowEnd = windowStart
            size *= 2
        }
        return nil
    }
}
