/// Turns the bytes a terminal sends, one at a time, into characters, so
/// that an invalid sequence costs only its own bytes: a byte that cannot
/// continue the character begun is not swallowed with it but starts the
/// next one (`0xE2` then `j` gives `j`). Lone continuation bytes, bytes
/// that never appear in UTF-8, and overlong, surrogate or out-of-range
/// forms are dropped.
public struct UTF8InputDecoder: Sendable {
    /// The bytes of the character begun, lead byte first.
    private var pending: [UInt8] = []
    /// How many bytes that character has in all.
    private var length = 0

    public init() {}

    /// Whether a character is begun and waits for more bytes.
    public var isPending: Bool { !pending.isEmpty }

    /// Takes the next byte; returns the character it completes, if any.
    public mutating func take(_ byte: UInt8) -> Unicode.Scalar? {
        if !pending.isEmpty {
            if Self.continues(pending, with: byte) {
                pending.append(byte)
                guard pending.count == length else { return nil }
                defer { reset() }
                return Self.scalar(pending)
            }
            // Not part of the character begun: that one is dropped, and
            // this byte is read as the start of the next.
            reset()
        }
        switch byte {
        case 0x00...0x7F: return Unicode.Scalar(byte)
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil  // a continuation byte alone, 0xC0, 0xC1, 0xF5–0xFF
        }
        pending = [byte]
        return nil
    }

    /// Drops a character begun (the next input is no byte: a key code).
    public mutating func reset() {
        pending.removeAll(keepingCapacity: true)
        length = 0
    }

    /// Whether `byte` can follow `bytes`: a continuation byte, and for the
    /// second byte one that makes no overlong form (after 0xE0, 0xF0), no
    /// surrogate (after 0xED) and nothing past U+10FFFF (after 0xF4).
    private static func continues(_ bytes: [UInt8], with byte: UInt8) -> Bool {
        guard bytes.count == 1 else { return (0x80...0xBF).contains(byte) }
        switch bytes[0] {
        case 0xE0: return (0xA0...0xBF).contains(byte)
        case 0xED: return (0x80...0x9F).contains(byte)
        case 0xF0: return (0x90...0xBF).contains(byte)
        case 0xF4: return (0x80...0x8F).contains(byte)
        default: return (0x80...0xBF).contains(byte)
        }
    }

    private static func scalar(_ bytes: [UInt8]) -> Unicode.Scalar? {
        var value = UInt32(bytes[0]) & (0x7F >> bytes.count)
        for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return Unicode.Scalar(value)
    }
}
