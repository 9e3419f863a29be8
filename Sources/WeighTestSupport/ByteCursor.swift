import ReaderUI

/// Reads a fuzzer's input a byte at a time; past the end every read is 0,
/// so any input, however short, decodes to something.
public struct ByteCursor {
    private let bytes: [UInt8]
    public private(set) var offset = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var isAtEnd: Bool { offset >= bytes.count }

    public mutating func next() -> UInt8 {
        guard offset < bytes.count else { return 0 }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// The bytes not read yet.
    public var rest: ArraySlice<UInt8> { bytes[min(offset, bytes.count)...] }

    /// A terminal size from two bytes: the width is the first byte (0 reads
    /// as 1), the height the second modulo 64 (0 reads as 1), so every
    /// size from 1×1 to 255×63 is reachable. (Taller frames only cost time:
    /// rows are drawn alike.)
    public mutating func nextSize() -> Size {
        let width = Int(next())
        let height = Int(next()) % 64
        return Size(width: max(1, width), height: max(1, height))
    }
}
