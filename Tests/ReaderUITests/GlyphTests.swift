import Testing
@testable import ReaderUI

@Suite("Display width agrees with wcwidth")
struct GlyphTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("氯", 2), ("한", 2), ("😀", 2), ("👨‍👩‍👧", 2), ("—", 1),
    ])
    func widthOfOneCharacter(character: String, width: Int) throws {
        let glyph = try #require(Glyph(Character(character)))
        #expect(glyph.width == width)
    }

    @Test func zwjSequenceDrawsItsFirstEmojiOnly() throws {
        let glyph = try #require(Glyph(Character("👨‍👩‍👧")))
        #expect(glyph.scalars == ["👨"])
    }

    @Test func combiningMarksAreCappedAtFiveScalars() throws {
        let heavy = Character("a" + String(repeating: "\u{301}", count: 50))
        let glyph = try #require(Glyph(heavy))
        #expect(glyph.scalars.count == Glyph.maximumScalars)
        #expect(glyph.width == 1)
    }

    @Test func loneCombiningMarkTakesNoCell() {
        #expect(Glyph(Character("\u{301}")) == nil)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }

    @Test func prefixFitsWithoutSplittingWideGlyphs() {
        let (prefix, width) = DisplayWidth.prefix(of: "ab氯胺", fitting: 3)
        #expect(prefix == "ab")
        #expect(width == 2)
    }
}
