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

    /// A cell is 16 plain bytes (no reference to count), and its marks are
    /// kept whole and compared.
    @Test func aCellHoldsNoReferenceAndKeepsItsMarks() {
        #expect(_isPOD(Canvas.Cell.self))
        #expect(MemoryLayout<Canvas.Cell>.stride == 16)
        let marks: [Unicode.Scalar] = ["\u{300}", "\u{10FFFF}", "\u{302}", "\u{FE0F}"]
        #expect(Glyph(base: "a", marks: marks, width: 1).marks == marks)
        #expect(Glyph(base: "a", marks: marks + ["\u{304}"], width: 1).marks == marks, "a fifth mark is dropped")
        #expect(Glyph(base: "a", marks: ["\u{300}", "\u{301}", "\u{302}"], width: 1) != Glyph(base: "a", marks: ["\u{300}", "\u{301}", "\u{303}"], width: 1))
        #expect(Glyph(base: "a", marks: [], width: 1) == Glyph("a"))
        #expect(Glyph(base: "a", marks: [], width: 1) != Glyph(base: "a", marks: ["\u{300}"], width: 1))
    }

    /// Every style survives packing into a cell beside the widest glyph
    /// (four marks at the top of Unicode), and changing one leaves the other.
    @Test func aCellKeepsEveryStyleBesideItsGlyph() {
        let glyph = Glyph(base: "\u{10FFFD}", marks: ["\u{10FFFF}", "\u{10FFFE}", "\u{10FFFF}", "\u{10FFFE}"], width: 2)
        let colors: [TerminalColor?] = [nil] + TerminalColor.allCases
        var seen = Set<CellStyle>()
        for foreground in colors {
            for background in colors {
                for attributes in 0..<32 {
                    let style = CellStyle(foreground: foreground, background: background,
                                          bold: attributes & 1 != 0, dim: attributes & 2 != 0, italic: attributes & 4 != 0,
                                          underline: attributes & 8 != 0, reverse: attributes & 16 != 0)
                    var cell = Canvas.Cell(glyph: glyph, style: style)
                    #expect(cell.glyph == glyph && cell.style == style)
                    cell.style = .plain
                    #expect(cell.glyph == glyph && cell.style == .plain)
                    cell.glyph = .continuation
                    cell.style = style
                    #expect(cell.glyph == .continuation && cell.style == style)
                    seen.insert(style)
                }
            }
        }
        #expect(seen.count == 9 * 9 * 32)
    }

    /// What ncurses is given for a cell: the base, its marks, then zeros;
    /// a covered cell is a space.
    @Test func theCharactersGivenToNcurses() {
        let marked = Glyph(base: "e", marks: ["\u{301}", "\u{323}"], width: 1)
        #expect((0..<Glyph.maximumScalars).map(marked.scalarValue(at:)) == [0x65, 0x301, 0x323, 0, 0])
        let full = Glyph(base: "a", marks: ["\u{300}", "\u{301}", "\u{302}", "\u{303}"], width: 1)
        #expect((0..<Glyph.maximumScalars).map(full.scalarValue(at:)) == [0x61, 0x300, 0x301, 0x302, 0x303])
        #expect((0..<Glyph.maximumScalars).map(Glyph.continuation.scalarValue(at:)) == [0x20, 0, 0, 0, 0])
        #expect((0..<Glyph.maximumScalars).map(Glyph("日")!.scalarValue(at:)) == [0x65E5, 0, 0, 0, 0])
    }
}
