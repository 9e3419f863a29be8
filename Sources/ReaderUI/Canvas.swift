/// A grid of cells the views draw into and the terminal then shows: the
/// only picture of the screen, so tests read it as text.
///
/// `put` splits text into graphemes by `Glyph`'s rules, never lets a wide
/// glyph overflow its area (it becomes a space instead), and marks the
/// second cell of a wide glyph as covered.
public struct Canvas: Equatable, Sendable {
    /// One cell: a glyph (or the covered half of a wide one) and its style,
    /// packed in 16 bytes: the glyph's two words with the style in the
    /// bits the glyph leaves free.
    public struct Cell: Hashable, Sendable {
        private var low: UInt64
        private var high: UInt64

        private static let styleShift: UInt64 = 47

        public init(glyph: Glyph, style: CellStyle) {
            low = glyph.low
            high = glyph.high | UInt64(style.packed) << Self.styleShift
        }

        public var glyph: Glyph {
            get { Glyph(low: low, high: high) }
            set {
                low = newValue.low
                high = newValue.high | high & ~Glyph.highMask
            }
        }

        public var style: CellStyle {
            get { CellStyle(packed: styleNumber) }
            set { high = high & Glyph.highMask | UInt64(newValue.packed) << Self.styleShift }
        }

        /// The style as a number, equal for equal styles and different
        /// otherwise, read without decoding it: a terminal keeps what each
        /// style costs to send under it.
        public var styleNumber: UInt16 { UInt16(truncatingIfNeeded: high >> Self.styleShift) }

        /// Whether the glyph takes two columns (read from the bits: `set`
        /// asks for every cell drawn).
        var isWide: Bool { (high >> Glyph.widthShift) & 3 == 2 }

        /// Whether this is the covered half of a wide glyph.
        var isCovered: Bool { low == Glyph.continuation.low && high & Glyph.highMask == Glyph.continuation.high }

        public static let blank = Cell(glyph: .space, style: .plain)
    }

    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.width * size.height))
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Draws `text` at (x, y), clipped to `limit` columns (default: the
    /// row's end). Returns the columns used.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x >= 0, x < size.width else { return 0 }
        let end = min(size.width, x + (limit ?? size.width))
        var column = x
        Glyph.walk(text) { glyph, _ in
            guard let glyph else { return true }
            if column + glyph.width > end {
                while column < end { set(column, y, Cell(glyph: .space, style: style)); column += 1 }
                return false
            }
            set(column, y, Cell(glyph: glyph, style: style))
            if glyph.width == 2 { set(column + 1, y, Cell(glyph: .continuation, style: style)) }
            column += glyph.width
            return true
        }
        return column - x
    }

    /// Draws `text` like `put`, but ends it with `…` when it does not fit
    /// in `limit` columns.
    @discardableResult
    public mutating func putTruncating(_ text: String, x: Int, y: Int, style: CellStyle = .plain, limit: Int) -> Int {
        guard limit > 0 else { return 0 }
        if DisplayWidth.of(text) <= limit { return put(text, x: x, y: y, style: style, limit: limit) }
        let (prefix, width) = DisplayWidth.prefix(of: Substring(text), fitting: limit - 1)
        put(prefix, x: x, y: y, style: style, limit: limit)
        put("…", x: x + width, y: y, style: style, limit: 1)
        return width + 1
    }

    /// Fills a rectangle with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: CellStyle = .plain) {
        for row in max(0, rect.y)..<min(size.height, rect.y + rect.height) {
            for column in max(0, rect.x)..<min(size.width, rect.x + rect.width) {
                set(column, row, Cell(glyph: .space, style: style))
            }
        }
    }

    /// The cells of `rect` (clipped to the canvas), row after row.
    public func cells(in rect: Rect) -> [Cell] {
        let (rows, columns) = clipped(rect)
        var taken: [Cell] = []
        taken.reserveCapacity(rows.count * columns.count)
        for row in rows {
            let start = row * size.width
            taken += cells[start + columns.lowerBound..<start + columns.upperBound]
        }
        return taken
    }

    /// Puts back cells `cells(in: rect)` took from a canvas of this size.
    public mutating func put(_ taken: [Cell], in rect: Rect) {
        let (rows, columns) = clipped(rect)
        precondition(taken.count == rows.count * columns.count, "cells taken from another rectangle")
        var from = 0
        for row in rows {
            let start = row * size.width
            cells.replaceSubrange(start + columns.lowerBound..<start + columns.upperBound, with: taken[from..<from + columns.count])
            from += columns.count
        }
    }

    private func clipped(_ rect: Rect) -> (rows: Range<Int>, columns: Range<Int>) {
        let rows = max(0, rect.y)..<max(max(0, rect.y), min(size.height, rect.y + rect.height))
        let columns = max(0, rect.x)..<max(max(0, rect.x), min(size.width, rect.x + rect.width))
        return (rows, columns)
    }

    /// Changes the style of existing cells (for highlights and selections).
    public mutating func restyle(_ rect: Rect, _ change: (inout CellStyle) -> Void) {
        for row in max(0, rect.y)..<min(size.height, rect.y + rect.height) {
            for column in max(0, rect.x)..<min(size.width, rect.x + rect.width) {
                change(&cells[row * size.width + column].style)
            }
        }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let index = y * size.width + x
        // Overwriting half of a wide glyph blanks its other half.
        let old = cells[index]
        if old.isWide, x + 1 < size.width, !cell.isWide {
            cells[index + 1].glyph = .space
        }
        if old.isCovered, !cell.isCovered, x > 0, cells[index - 1].isWide {
            cells[index - 1].glyph = .space
        }
        cells[index] = cell
    }

    /// Each row as text (covered halves of wide glyphs left out), trailing
    /// spaces kept so columns line up.
    public var lines: [String] {
        (0..<size.height).map { row in
            var text = ""
            for column in 0..<size.width {
                let glyph = self[column, row].glyph
                if glyph != .continuation { text += glyph.string }
            }
            return text
        }
    }

    /// Rows as text with trailing spaces removed, for readable test failures.
    public var trimmedLines: [String] {
        lines.map { line in
            var text = line
            while text.last == " " { text.removeLast() }
            return text
        }
    }
}
