@testable import ReaderUI
import Testing
import WeighTestSupport

/// `Canvas.put` draws printable ASCII byte by byte and everything else
/// grapheme by grapheme; both must draw exactly what one grapheme at a time
/// draws, wherever the text changes from one kind to the other.
@Suite("Putting text on the canvas")
struct CanvasPutTests {
    /// One grapheme at a time, as the canvas drew all text before it took
    /// ASCII by the byte: the oracle.
    static func referenceCells(_ text: String, width: Int, limit: Int) -> [Canvas.Cell] {
        var cells = Array(repeating: Canvas.Cell.blank, count: width)
        let end = min(width, limit)
        var column = 0
        for character in text {
            guard let glyph = Glyph(character) else { continue }
            if column + glyph.width > end {
                while column < end { cells[column] = Canvas.Cell(glyph: .space, style: .plain); column += 1 }
                break
            }
            cells[column] = Canvas.Cell(glyph: glyph, style: .plain)
            if glyph.width == 2 { cells[column + 1] = Canvas.Cell(glyph: .continuation, style: .plain) }
            column += glyph.width
        }
        return cells
    }

    static let fragments = ["a", "Ketamine ", "e\u{301}", "日本", "👨‍👩‍👧", "\t", "\u{301}", "x\u{FE0F}", "—", "!", " ", "\u{7F}", "1\u{20E3}", "é"]

    @Test(arguments: 0..<200)
    func drawsWhatOneGraphemeAtATimeDraws(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let text = (0..<Int.random(in: 1...12, using: &random)).map { _ in Self.fragments.randomElement(using: &random)! }.joined()
        let width = 24
        let limit = Int.random(in: 0...width, using: &random)
        var canvas = Canvas(size: Size(width: width, height: 1))
        canvas.put(text, x: 0, y: 0, limit: limit)
        let drawn = (0..<width).map { canvas[$0, 0] }
        #expect(drawn == Self.referenceCells(text, width: width, limit: limit), "\(text.debugDescription) in \(limit)")
    }

    /// `DisplayWidth` splits text the same way: a text's width is the sum
    /// of its graphemes' widths, and the prefix that fits ends where the
    /// graphemes one by one stop fitting.
    @Test(arguments: 0..<200)
    func widthIsTheSumOfTheGraphemesWidths(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) + 1_000)
        let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in Self.fragments.randomElement(using: &random)! }.joined()
        #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + (Glyph($1)?.width ?? 0) }, "\(text.debugDescription)")
        #expect(DisplayWidth.of(text.dropFirst()) == text.dropFirst().reduce(0) { $0 + (Glyph($1)?.width ?? 0) })
        for columns in 0...DisplayWidth.of(text) + 1 {
            // One grapheme at a time, while the next one fits: the oracle.
            var width = 0
            var end = text.startIndex
            for index in text.indices {
                let glyphWidth = Glyph(text[index])?.width ?? 0
                if width + glyphWidth > columns { break }
                width += glyphWidth
                end = text.index(after: index)
            }
            let fitted = DisplayWidth.prefix(of: Substring(text), fitting: columns)
            #expect(fitted.prefix == text[..<end] && fitted.width == width, "\(text.debugDescription) in \(columns)")
        }
    }

    @Test func aMarkAfterASCIIStaysWithItsLetter() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        canvas.put("abe\u{301}cd", x: 0, y: 0)
        #expect(canvas.lines == ["abe\u{301}cd "])
        #expect(canvas[2, 0].glyph.marks == ["\u{301}"])
    }
}
