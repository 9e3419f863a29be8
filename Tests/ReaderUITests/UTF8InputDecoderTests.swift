import Testing
import ReaderUI

/// Keyboard bytes into characters: valid UTF-8 whole, and an invalid
/// sequence dropped without the byte that broke it off.
@Suite("Keyboard bytes made characters")
struct UTF8InputDecoderTests {
    /// Every character the bytes complete, in order.
    static func decode(_ bytes: [UInt8]) -> String {
        var decoder = UTF8InputDecoder()
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if let scalar = decoder.take(byte) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    @Test(arguments: ["j", "é", "—", "氯", "😀", "a\u{7F}\u{1B}z", "\u{10FFFF}", "\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"])
    func validTextComesThroughWhole(_ text: String) {
        #expect(Self.decode(Array(text.utf8)) == text)
    }

    @Test(arguments: [
        [0xC3], [0xE2], [0xE2, 0x82], [0xF0], [0xF0, 0x9F, 0x98],  // lead bytes broken off
        [0xE0, 0x80], [0xF0, 0x80], [0xF4, 0x90], [0xED, 0xA0],  // overlong, past U+10FFFF, a surrogate
        [0xC0], [0xC1], [0xF5], [0xFF], [0x80], [0xBF],  // never a lead byte
    ] as [[UInt8]])
    func theByteAfterAnInvalidSequenceIsKept(_ invalid: [UInt8]) {
        #expect(Self.decode(invalid + Array("j".utf8)) == "j")
        #expect(Self.decode(invalid + Array("é".utf8)) == "é", "a new lead byte starts the next character")
    }

    @Test func aCharacterWaitsForItsLastByte() {
        var decoder = UTF8InputDecoder()
        #expect(decoder.take(0xE2) == nil && decoder.isPending)
        #expect(decoder.take(0x80) == nil && decoder.isPending)
        #expect(decoder.take(0x94) == "—" && !decoder.isPending)
    }

    @Test func resetDropsTheCharacterBegun() {
        var decoder = UTF8InputDecoder()
        _ = decoder.take(0xE2)
        decoder.reset()
        #expect(!decoder.isPending)
        #expect(decoder.take(0x80) == nil, "a continuation byte alone")
        #expect(decoder.take(0x6A) == "j")
    }
}
