import ReaderUI
import WeighTestSupport

/// Frames a reader could draw one after another: text with wide, combined
/// and styled glyphs, then edits, scrolls and restyles of the frame before.
struct RandomFrames {
    private var random: SplitMix64
    let size: Size

    private static let pieces = ["a", "word ", "Ketamine ", "中文", "e\u{301}", "🙂", "x\u{200B}y", "  ", "│", "▸ ", "—",
                                 "a\u{308}\u{301}", "한국어", "z"]

    init(seed: UInt64, size: Size) {
        random = SplitMix64(seed: seed)
        self.size = size
    }

    mutating func first() -> Canvas {
        var canvas = Canvas(size: size)
        for _ in 0..<(size.height * 2) { scribble(on: &canvas) }
        return canvas
    }

    mutating func next(after canvas: Canvas) -> Canvas {
        var next = canvas
        switch random.next(below: 4) {
        case 0:  // the lines of a pane move up or down one
            // A pane starts where no wide glyph is cut in two.
            var left = random.next(below: 2) == 0 ? 0 : random.next(below: size.width)
            if (0..<size.height).contains(where: { canvas[left, $0].glyph == .continuation }) { left = 0 }
            let pane = Rect(x: left, y: 0, width: size.width - left, height: size.height - 1)
            let up = random.next(below: 2) == 0
            let moved = canvas.cells(in: Rect(x: pane.x, y: pane.y + (up ? 1 : 0), width: pane.width, height: pane.height - 1))
            next.put(moved, in: Rect(x: pane.x, y: pane.y + (up ? 0 : 1), width: pane.width, height: pane.height - 1))
            next.put(line(width: pane.width), x: pane.x, y: up ? pane.y + pane.height - 1 : pane.y, style: style(), limit: pane.width)
        case 1:
            let changed = style()
            next.restyle(Rect(x: random.next(below: size.width), y: random.next(below: size.height), width: 1 + random.next(below: size.width),
                              height: 1 + random.next(below: 3))) { $0 = changed }
        case 2:
            next.fill(Rect(x: 0, y: size.height - 1, width: size.width, height: 1), style: style())
            next.put(line(width: size.width), x: 0, y: size.height - 1, style: style())
        default:
            for _ in 0..<(1 + random.next(below: 4)) { scribble(on: &next) }
        }
        return next
    }

    private mutating func scribble(on canvas: inout Canvas) {
        canvas.put(line(width: 1 + random.next(below: size.width)), x: random.next(below: size.width), y: random.next(below: size.height),
                   style: style())
    }

    private mutating func line(width: Int) -> String {
        var text = ""
        while text.count < width { text += Self.pieces[random.next(below: Self.pieces.count)] }
        return text
    }

    private mutating func style() -> CellStyle {
        guard random.next(below: 3) != 0 else { return .plain }
        let colors = TerminalColor.allCases
        return CellStyle(foreground: random.next(below: 2) == 0 ? nil : colors[random.next(below: colors.count)],
                         background: random.next(below: 3) == 0 ? colors[random.next(below: colors.count)] : nil,
                         bold: random.next(below: 3) == 0, dim: random.next(below: 5) == 0, italic: random.next(below: 5) == 0,
                         underline: random.next(below: 4) == 0, reverse: random.next(below: 4) == 0)
    }
}
