import ReaderUI
import Testing
@testable import TerminalCurses

/// Frames encoded for a terminal and fed to `ModelTerminal`: the screen
/// must show each canvas exactly, whatever came before it.
@Suite struct FrameEncoderTests {
    /// Encodes `frames` one over another into `terminal`, checking after
    /// each that it shows the frame; returns the terminal.
    @discardableResult
    static func show(_ frames: [Canvas], with capabilities: TerminalCapabilities, on terminal: inout ModelTerminal,
                     comparingStyles: Bool = true, seed: UInt64 = 0) -> FrameEncoder {
        var encoder = FrameEncoder(capabilities: capabilities)
        var previous: Canvas?
        for (number, canvas) in frames.enumerated() {
            encoder.encode(canvas, over: previous)
            terminal.feed(encoder.bytes)
            expectShows(canvas, on: terminal, comparingStyles: comparingStyles,
                        skippingLastCell: capabilities.scrollsAtLastCell, "seed \(seed), frame \(number)")
            #expect(terminal.style == .plain, "the terminal's attributes are plain between frames (seed \(seed), frame \(number))")
            #expect(terminal.scrolled == 0, "nothing scrolled (seed \(seed), frame \(number))")
            previous = canvas
        }
        return encoder
    }

    static func expectShows(_ canvas: Canvas, on terminal: ModelTerminal, comparingStyles: Bool, skippingLastCell: Bool,
                            _ context: String) {
        let size = canvas.size
        for y in 0..<size.height {
            for x in 0..<size.width {
                let cell = canvas[x, y]
                if skippingLastCell, y == size.height - 1, x + max(cell.glyph.width, 1) >= size.width { continue }
                let shown = terminal[x, y]
                if cell.glyph == .continuation {
                    #expect(shown.covered, "\(context): (\(x),\(y)) is the covered half of a wide glyph, shows \(shown)")
                    continue
                }
                #expect(!shown.covered && shown.text == cell.glyph.string, "\(context): (\(x),\(y)) should show \(cell.glyph.string.debugDescription), shows \(shown)")
                if comparingStyles {
                    #expect(shown.style == cell.style, "\(context): (\(x),\(y)) style \(shown.style), wanted \(cell.style)")
                }
            }
        }
    }

    static func frames(seed: UInt64, size: Size, count: Int) -> [Canvas] {
        var random = RandomFrames(seed: seed, size: size)
        var frames = [random.first()]
        while frames.count < count { frames.append(random.next(after: frames.last!)) }
        return frames
    }

    @Test(arguments: [Size(width: 24, height: 6), Size(width: 7, height: 3), Size(width: 80, height: 12)])
    func everyFrameIsShownExactlyOverTheOneBefore(size: Size) {
        for seed in UInt64(1)...60 {
            var terminal = ModelTerminal(width: size.width, height: size.height)
            Self.show(Self.frames(seed: seed, size: size, count: 10), with: .ansiForTests, on: &terminal, seed: seed)
        }
    }

    @Test func withoutColorsTheAttributesStillShow() {
        var capabilities = TerminalCapabilities.ansiForTests
        capabilities.foregrounds = []
        capabilities.backgrounds = []
        for seed in UInt64(1)...30 {
            var terminal = ModelTerminal(width: 30, height: 5)
            var encoder = FrameEncoder(capabilities: capabilities)
            for canvas in Self.frames(seed: seed, size: Size(width: 30, height: 5), count: 6) {
                encoder.encode(canvas, over: nil)
                terminal.feed(encoder.bytes)
                var uncolored = Canvas(size: canvas.size)
                uncolored.put(canvas.cells(in: Rect(x: 0, y: 0, width: 30, height: 5)), in: Rect(x: 0, y: 0, width: 30, height: 5))
                uncolored.restyle(Rect(x: 0, y: 0, width: 30, height: 5)) { $0 = $0.withoutColor }
                Self.expectShows(uncolored, on: terminal, comparingStyles: true, skippingLastCell: false, "seed \(seed)")
            }
        }
    }

    @Test func colorsGoBackWhereTurningAttributesOffKeepsThem() {
        var capabilities = TerminalCapabilities.ansiForTests
        capabilities.resetAttributes = [0x1B] + Array("[22;23;24;27m".utf8)
        for seed in UInt64(1)...30 {
            var terminal = ModelTerminal(width: 30, height: 5)
            Self.show(Self.frames(seed: seed, size: Size(width: 30, height: 5), count: 8), with: capabilities, on: &terminal, seed: seed)
        }
    }

    @Test func aTerminalThatScrollsAtItsLastCellNeverScrolls() {
        var capabilities = TerminalCapabilities.ansiForTests
        capabilities.scrollsAtLastCell = true
        for seed in UInt64(1)...40 {
            var terminal = ModelTerminal(width: 12, height: 4, autoMargin: true, eatsNewline: false)
            var frames = Self.frames(seed: seed, size: Size(width: 12, height: 4), count: 6)
            frames[0].put("last line fills it", x: 0, y: 3)
            Self.show(frames, with: capabilities, on: &terminal, seed: seed)
        }
    }

    @Test func anUnchangedFrameSendsNothing() {
        let canvas = Self.frames(seed: 7, size: Size(width: 40, height: 8), count: 1)[0]
        var encoder = FrameEncoder(capabilities: .ansiForTests)
        encoder.encode(canvas, over: nil)
        #expect(!encoder.bytes.isEmpty)
        encoder.encode(canvas, over: canvas)
        #expect(encoder.bytes.isEmpty)
    }

    @Test func aChangedLineRewritesThatLineOnly() {
        var first = Canvas(size: Size(width: 40, height: 6))
        for row in 0..<6 { first.put("line \(row) of the article body", x: 2, y: row, style: row == 3 ? CellStyle(bold: true) : .plain) }
        var second = first
        second.put("line three, edited", x: 2, y: 3)
        var terminal = ModelTerminal(width: 40, height: 6)
        var encoder = FrameEncoder(capabilities: .ansiForTests)
        encoder.encode(first, over: nil)
        terminal.feed(encoder.bytes)
        terminal.forgetWrites()
        encoder.encode(second, over: first)
        terminal.feed(encoder.bytes)
        Self.expectShows(second, on: terminal, comparingStyles: true, skippingLastCell: false, "edited")
        #expect(Set(terminal.writtenRows) == [3])
        #expect(terminal.writtenRows.count <= "line three, edited".count + 12)
    }

    /// An article of numbered lines at `top`, under a title row and above a
    /// status row, beside a contents pane of `contents` rows when given.
    static func article(from top: Int, size: Size, contents: Int = 0) -> Canvas {
        let sentences = ["Effects may be felt within hours.", "", "It is given in a clinic, under supervision,", "with checks of blood pressure",
                         "and a period of rest afterwards.", "Some people feel dissociated;", "others feel nothing unusual at all."]
        var canvas = Canvas(size: size)
        canvas.put("Title", x: 0, y: 0, style: CellStyle(bold: true))
        let left = contents > 0 ? 20 : 0
        for row in 1..<(size.height - 1) {
            if row <= contents { canvas.put("Section \(row)", x: 1, y: row) }
            if left > 0 { canvas.put("│", x: left - 1, y: row) }
            canvas.put(sentences[(top + row) % sentences.count], x: left, y: row)
        }
        canvas.put("line \(top)", x: 0, y: size.height - 1, style: CellStyle(reverse: true))
        return canvas
    }

    @Test(arguments: [0, 6])
    func aLineDownScrollsTheBodyAndSendsOneNewLine(contents: Int) {
        let size = Size(width: 80, height: 20)
        var terminal = ModelTerminal(width: size.width, height: size.height)
        var encoder = FrameEncoder(capabilities: .ansiForTests)
        var previous: Canvas?
        for (step, top) in [10, 11, 12, 11, 10, 25, 15].enumerated() {
            let canvas = Self.article(from: top, size: size, contents: contents)
            terminal.forgetWrites()
            encoder.encode(canvas, over: previous)
            terminal.feed(encoder.bytes)
            Self.expectShows(canvas, on: terminal, comparingStyles: true, skippingLastCell: false, "step \(step)")
            if step > 0 && step < 5 {
                // The new line, the status line, and the rows where the
                // contents pane did not move with the body (and the one it
                // moved into).
                let expected: Set<Int> = Set([1, size.height - 2, size.height - 1] + Array(1...(contents + 1)))
                #expect(Set(terminal.writtenRows).isSubset(of: expected), "step \(step): rows written \(Set(terminal.writtenRows).sorted())")
            }
            previous = canvas
        }
    }

    @Test func controlCharactersInACellAreShownAsReplacements() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        let escape = Canvas.Cell(glyph: Glyph(base: "\u{1B}", width: 1), style: .plain)
        let markedWithControl = Canvas.Cell(glyph: Glyph(base: "e", marks: ["\u{9B}", "\u{301}"], width: 1), style: .plain)
        canvas.put([escape, markedWithControl], in: Rect(x: 1, y: 0, width: 2, height: 1))
        var terminal = ModelTerminal(width: 6, height: 1)
        var encoder = FrameEncoder(capabilities: .ansiForTests)
        encoder.encode(canvas, over: nil)
        terminal.feed(encoder.bytes)
        #expect(terminal[1, 0].text == "\u{FFFD}")
        #expect(terminal[2, 0].text == "e\u{301}")
        #expect(terminal[3, 0].text == " ")
    }
}
