import ReaderUI

/// What every frame the reader draws must satisfy, whatever the article
/// holds and whatever size the terminal is, as the tests on hostile
/// articles and the fuzzers check it: the canvas is the terminal's size,
/// every row adds up to exactly its width in display columns, a wide glyph
/// always has its covered half beside it (never split at an edge), widths
/// agree with libc's `wcwidth`, no cell holds more scalars than ncurses
/// keeps, and no cell holds a scalar `SafeScalars.isUnsafeOnScreen` refuses.
public enum CanvasInvariants {
    /// Everything wrong with `canvas` drawn for a terminal of `size`; empty
    /// when the frame is sound. Stops after `limit` findings.
    public static func violations(in canvas: Canvas, size: Size, limit: Int = 8) -> [String] {
        guard canvas.size == size else {
            return ["the canvas is \(canvas.size.width)×\(canvas.size.height), the terminal \(size.width)×\(size.height)"]
        }
        var found: [String] = []
        let width = canvas.size.width
        for y in 0..<canvas.size.height where found.count < limit {
            var columns = 0
            for x in 0..<width {
                let glyph = canvas[x, y].glyph
                if glyph == .continuation {
                    if x == 0 || canvas[x - 1, y].glyph.width != 2 { found.append("(\(x),\(y)) a covered half without its glyph") }
                    continue
                }
                columns += max(0, glyph.width)
                if glyph.marks.isEmpty && glyph.width == 1 && glyph.base.value >= 0x20 && glyph.base.value < 0x7F { continue }
                found += problems(of: glyph, at: x, y, in: canvas)
            }
            if columns != width { found.append("row \(y) is \(columns) columns wide, not \(width)") }
        }
        return Array(found.prefix(limit))
    }

    private static func problems(of glyph: Glyph, at x: Int, _ y: Int, in canvas: Canvas) -> [String] {
        var found: [String] = []
        if glyph.width != 1 && glyph.width != 2 { found.append("(\(x),\(y)) a glyph \(glyph.width) columns wide") }
        for scalar in glyph.scalars where SafeScalars.isUnsafeOnScreen(scalar) {
            found.append("(\(x),\(y)) unsafe scalar U+\(SafeScalars.hex(scalar))")
        }
        if glyph.scalars.count > Glyph.maximumScalars { found.append("(\(x),\(y)) \(glyph.scalars.count) scalars in one cell") }
        if !(glyph.base.isASCII && glyph.marks.isEmpty) && Glyph.width(of: glyph.base) != glyph.width {
            found.append("(\(x),\(y)) width \(glyph.width), but wcwidth(U+\(SafeScalars.hex(glyph.base))) differs")
        }
        if glyph.width == 2, x + 1 >= canvas.size.width || canvas[x + 1, y].glyph != .continuation {
            found.append("(\(x),\(y)) a wide glyph split")
        }
        return found
    }
}
