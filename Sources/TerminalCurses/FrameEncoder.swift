import ReaderUI

/// Turns the next frame into the bytes that take the terminal from the
/// frame it shows to this one: a band of rows that moved is scrolled
/// (`ScrollPlan`), then only cells that still differ are sent, the cursor
/// moved only where a run of them starts, a style sent only where it
/// changes. Pure, so it is tested against a model terminal without a
/// real one.
///
/// What it keeps true: the terminal's attributes are plain between frames
/// (ncurses, which restores the terminal on exit, believes they are); a
/// covered cell of a wide glyph is never written (its glyph covers it); no
/// control character from a cell reaches the terminal; where the
/// terminal scrolls on its last cell, that cell is left alone.
struct FrameEncoder {
    let capabilities: TerminalCapabilities
    /// The bytes of the last frame encoded, kept between frames so that
    /// encoding allocates nothing once warm.
    private(set) var bytes: [UInt8] = []
    /// What each style costs to send from plain text, by `styleNumber`,
    /// and whether it has a color.
    private var styles: [UInt16: (sequence: [UInt8], colored: Bool)] = [:]
    /// The cells last encoded and their rows' hashes: the next frame's
    /// frame before, most often, whose hashes then need no second pass.
    private var lastCells: [Canvas.Cell] = []
    private var lastHashes: [UInt64] = []
    private var previousHashes: [UInt64] = []
    /// Unchanged cells up to this many are written again rather than
    /// jumped over: a cursor move costs more than that.
    private static let longestGapWritten = 6

    init(capabilities: TerminalCapabilities) {
        self.capabilities = capabilities
    }

    /// Encodes `canvas` over `previous` (the frame on the screen; nil, or
    /// one of another size, writes every cell) into `bytes`; empty when
    /// nothing changed.
    mutating func encode(_ canvas: Canvas, over previous: Canvas?) {
        bytes.removeAll(keepingCapacity: true)
        let width = canvas.size.width
        let height = canvas.size.height
        let whole = previous?.size != canvas.size
        var style: UInt16 = 0
        let before = whole ? [] : previous!.cells
        var plan: ScrollPlan?
        if !whole, let scrolling = capabilities.scrolling {
            plan = scrollPlan(from: before, to: canvas)
            // The last cell is not written where writing it would scroll,
            // so what it shows is not known: it must not move.
            if let found = plan, capabilities.scrollsAtLastCell && found.region.bottom == height - 1 { plan = nil }
            if let plan { scroll(plan, with: scrolling, height: height) }
        }
        canvas.cells.withUnsafeBufferPointer { cells in
            before.withUnsafeBufferPointer { before in
                for row in 0..<height {
                    // The column the cursor is at on this row, or nil when
                    // it is elsewhere.
                    var cursor: Int?
                    let rowStart = row * width
                    // Where this row's cells were, after any scroll; nil
                    // when the scroll left it blank.
                    let beforeStart = plan.map { $0.rowShown(at: row).map { $0 * width } } ?? rowStart
                    let lastColumn = row == height - 1 && capabilities.scrollsAtLastCell ? width - 1 : width
                    var column = 0
                    while column < width {
                        let cell = cells[rowStart + column]
                        if !whole && (beforeStart.map { before[$0 + column] } ?? .blank) == cell {
                            column += 1
                            continue
                        }
                        let glyphWidth = cell.glyph.width
                        if glyphWidth == 0 || column + glyphWidth > lastColumn {
                            column += 1
                            continue
                        }
                        if let at = cursor, at < column, column - at <= Self.longestGapWritten,
                           gapIsPlain(cells[(rowStart + at)..<(rowStart + column)], style: style) {
                            for gapCell in cells[(rowStart + at)..<(rowStart + column)] { appendGlyph(of: gapCell) }
                        } else if cursor != column {
                            moveCursor(row: row, column: column)
                        }
                        if cell.styleNumber != style {
                            changeStyle(from: style, to: cell)
                            style = cell.styleNumber
                        }
                        appendGlyph(of: cell)
                        column += glyphWidth
                        cursor = column
                    }
                }
            }
        }
        if style != 0 { changeStyle(from: style, to: .blank) }
    }

    /// The scroll from `before` to `canvas`, if one pays; remembers
    /// `canvas`'s row hashes for the next frame.
    private mutating func scrollPlan(from before: [Canvas.Cell], to canvas: Canvas) -> ScrollPlan? {
        let size = canvas.size
        let known = lastCells.count == before.count && lastHashes.count == size.height
            && lastCells.withUnsafeBufferPointer { a in before.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
        if known {
            swap(&previousHashes, &lastHashes)
        } else {
            before.withUnsafeBufferPointer { ScrollPlan.rowHashes($0, size: size, into: &previousHashes) }
        }
        canvas.cells.withUnsafeBufferPointer { ScrollPlan.rowHashes($0, size: size, into: &lastHashes) }
        lastCells = canvas.cells
        return canvas.cells.withUnsafeBufferPointer { new in
            before.withUnsafeBufferPointer { old in
                ScrollPlan.between(old, new, size: size, oldHashes: previousHashes, newHashes: lastHashes)
            }
        }
    }

    /// Scrolls the plan's region on the terminal, then gives the whole
    /// screen back to scrolling (the cursor is then moved before anything
    /// is written).
    private mutating func scroll(_ plan: ScrollPlan, with scrolling: TerminalCapabilities.Scrolling, height: Int) {
        let (top, bottom) = plan.region
        bytes += scrolling.setRegion(top, bottom)
        if plan.shift > 0 {
            moveCursor(row: bottom, column: 0)
            for _ in 0..<plan.shift { bytes += scrolling.forward }
        } else {
            moveCursor(row: top, column: 0)
            for _ in 0..<(-plan.shift) { bytes += scrolling.reverse }
        }
        bytes += scrolling.setRegion(0, height - 1)
    }

    /// Whether the cells between the cursor and the next changed cell can
    /// be written again as they are: one column each, in the style the
    /// terminal is in.
    private func gapIsPlain(_ gap: UnsafeBufferPointer<Canvas.Cell>.SubSequence, style: UInt16) -> Bool {
        gap.allSatisfy { $0.styleNumber == style && $0.glyph.width == 1 }
    }

    private mutating func moveCursor(row: Int, column: Int) {
        switch capabilities.cursorAddressing {
        case .ansi:
            bytes.append(0x1B)
            bytes.append(UInt8(ascii: "["))
            appendDecimal(row + 1)
            bytes.append(UInt8(ascii: ";"))
            appendDecimal(column + 1)
            bytes.append(UInt8(ascii: "H"))
        case .expanded(let expand):
            bytes += expand(row, column)
        }
    }

    private mutating func appendDecimal(_ value: Int) {
        if value >= 10 { appendDecimal(value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// From the style numbered `old` to `cell`'s: all attributes off, the
    /// terminal's colors back if `old` had one, then the new style's.
    private mutating func changeStyle(from old: UInt16, to cell: Canvas.Cell) {
        let new = styleSequence(for: cell)
        bytes += capabilities.resetAttributes
        if old != 0, styles[old]?.colored == true { bytes += capabilities.defaultColors }
        bytes += new
    }

    private mutating func styleSequence(for cell: Canvas.Cell) -> [UInt8] {
        if let known = styles[cell.styleNumber] { return known.sequence }
        let style = cell.style
        let sequence = capabilities.sequence(for: style)
        styles[cell.styleNumber] = (sequence, capabilities.usesColor && (style.foreground != nil || style.background != nil))
        return sequence
    }

    /// The cell's glyph in UTF-8: its base, then its marks. A control
    /// character is written as U+FFFD (a base) or left out (a mark).
    private mutating func appendGlyph(of cell: Canvas.Cell) {
        let glyph = cell.glyph
        let base = glyph.scalarValue(at: 0)
        if base >= 0x20 && base < 0x7F && glyph.scalarValue(at: 1) == 0 {
            bytes.append(UInt8(truncatingIfNeeded: base))
            return
        }
        appendScalar(Self.isControl(base) ? 0xFFFD : base)
        for index in 1..<Glyph.maximumScalars {
            let mark = glyph.scalarValue(at: index)
            if mark == 0 { break }
            if !Self.isControl(mark) { appendScalar(mark) }
        }
    }

    private static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (value >= 0x7F && value < 0xA0)
    }

    private mutating func appendScalar(_ value: UInt32) {
        guard let scalar = Unicode.Scalar(value) else {
            appendScalar(0xFFFD)
            return
        }
        for unit in UTF8.encode(scalar)! { bytes.append(unit) }
    }
}
