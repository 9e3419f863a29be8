import ReaderUI
import Testing

/// A terminal reduced to what `FrameEncoder` may send: cursor addressing
/// (ANSI `CSI row;col H` and vt52's `ESC Y`), a scrolling region (`CSI
/// top;bottom r`) scrolled by line feed or `ESC D` and by `ESC M`, SGR
/// attributes and the eight colors, charset and shift controls (ignored), and UTF-8 text placed by
/// `wcwidth` like a real terminal: a wide character covers two cells,
/// writing over half of one blanks the other half, combining marks join
/// the cell before, and the right margin wraps (at once, or on the next
/// character with `xenl`), scrolling at the bottom. Anything else it is
/// sent is recorded as a test failure. Tests read what it shows, never
/// the bytes.
struct ModelTerminal {
    struct Cell: Equatable, CustomStringConvertible {
        var text = " "
        var style = CellStyle.plain
        /// The second column of a wide character.
        var covered = false

        var description: String { covered ? "<covered>" : "\(text.debugDescription) \(style)" }
    }

    let width: Int
    let height: Int
    private(set) var cells: [Cell]
    private(set) var style = CellStyle.plain
    /// Cells written since the count was last reset, by row.
    private(set) var writtenRows: [Int] = []
    /// Lines scrolled off the top by writing past the last cell.
    private(set) var scrolled = 0
    private var regionTop = 0
    private var regionBottom: Int
    private var row = 0
    private var column = 0
    private var pendingWrap = false
    /// The cell a combining mark joins: the last character written, moved
    /// or not.
    private var lastWritten: Int?
    private let autoMargin: Bool
    private let eatsNewline: Bool

    init(width: Int, height: Int, autoMargin: Bool = true, eatsNewline: Bool = true) {
        self.width = width
        self.height = height
        self.autoMargin = autoMargin
        self.eatsNewline = eatsNewline
        cells = Array(repeating: Cell(), count: width * height)
        regionBottom = height - 1
    }

    subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    mutating func forgetWrites() { writtenRows = [] }

    mutating func feed(_ bytes: [UInt8]) {
        var index = 0
        var decoder = UTF8()
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                index = escape(bytes, at: index)
                continue
            }
            if byte == 0x0A {
                lineFeed(down: true)
                index += 1
                continue
            }
            if byte == 0x0E || byte == 0x0F {  // shift out/in: charsets
                index += 1
                continue
            }
            if byte < 0x20 || byte == 0x7F {
                Issue.record("control byte \(byte) sent as text")
                index += 1
                continue
            }
            // One scalar's bytes.
            var length = 1
            if byte >= 0xF0 { length = 4 } else if byte >= 0xE0 { length = 3 } else if byte >= 0xC0 { length = 2 }
            var scalarIterator = bytes[index..<min(index + length, bytes.count)].makeIterator()
            switch decoder.decode(&scalarIterator) {
            case .scalarValue(let scalar): put(scalar)
            default: Issue.record("invalid UTF-8 at byte \(index)")
            }
            index += length
        }
    }

    /// Reads the escape sequence at `start`; returns the index after it.
    private mutating func escape(_ bytes: [UInt8], at start: Int) -> Int {
        guard start + 1 < bytes.count else {
            Issue.record("a lone ESC at the end")
            return bytes.count
        }
        switch bytes[start + 1] {
        case UInt8(ascii: "["):
            var end = start + 2
            while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
            guard end < bytes.count else {
                Issue.record("an unfinished CSI")
                return bytes.count
            }
            let parameters = String(decoding: bytes[(start + 2)..<end], as: UTF8.self)
                .split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            control(final: bytes[end], parameters)
            return end + 1
        case UInt8(ascii: "("):
            return start + 3
        case UInt8(ascii: "D"), UInt8(ascii: "M"):
            lineFeed(down: bytes[start + 1] == UInt8(ascii: "D"))
            return start + 2
        case UInt8(ascii: "Y"):  // vt52: ESC Y row+32 column+32
            guard start + 3 < bytes.count else {
                Issue.record("an unfinished ESC Y")
                return bytes.count
            }
            moveTo(row: Int(bytes[start + 2]) - 32, column: Int(bytes[start + 3]) - 32)
            return start + 4
        default:
            Issue.record("unknown escape ESC \(UnicodeScalar(bytes[start + 1]))")
            return start + 2
        }
    }

    private mutating func control(final: UInt8, _ parameters: [Int]) {
        switch final {
        case UInt8(ascii: "H"):
            moveTo(row: max(parameters.first ?? 1, 1) - 1, column: max(parameters.count > 1 ? parameters[1] : 1, 1) - 1)
        case UInt8(ascii: "m"):
            for parameter in parameters { select(parameter) }
        case UInt8(ascii: "r"):
            regionTop = max(parameters.first ?? 1, 1) - 1
            regionBottom = (parameters.count > 1 && parameters[1] > 0 ? parameters[1] : height) - 1
            #expect(regionTop < regionBottom && regionBottom < height, "scrolling region \(regionTop)...\(regionBottom)")
            moveTo(row: 0, column: 0)
        default:
            Issue.record("unknown control CSI … \(UnicodeScalar(final))")
        }
    }

    private mutating func select(_ parameter: Int) {
        switch parameter {
        case 0: style = .plain
        case 1: style.bold = true
        case 2: style.dim = true
        case 3: style.italic = true
        case 4: style.underline = true
        case 7: style.reverse = true
        case 22:
            style.bold = false
            style.dim = false
        case 23: style.italic = false
        case 24: style.underline = false
        case 27: style.reverse = false
        case 30...37: style.foreground = TerminalColor(rawValue: parameter - 30)
        case 39: style.foreground = nil
        case 40...47: style.background = TerminalColor(rawValue: parameter - 40)
        case 49: style.background = nil
        default: Issue.record("unknown SGR \(parameter)")
        }
    }

    private mutating func moveTo(row: Int, column: Int) {
        #expect((0..<height).contains(row) && (0..<width).contains(column), "cursor sent off the screen to \(row),\(column)")
        self.row = min(max(row, 0), height - 1)
        self.column = min(max(column, 0), width - 1)
        pendingWrap = false
        lastWritten = nil
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let scalarWidth = Glyph.width(of: scalar)
        if scalarWidth <= 0 {
            if let lastWritten { cells[lastWritten].text.unicodeScalars.append(scalar) }
            return
        }
        if pendingWrap || column + scalarWidth > width {
            if autoMargin { newLine() } else { column = width - scalarWidth }
        }
        clearHalves(at: column, width: scalarWidth)
        cells[row * width + column] = Cell(text: String(scalar), style: style)
        lastWritten = row * width + column
        if scalarWidth == 2 { cells[row * width + column + 1] = Cell(text: " ", style: style, covered: true) }
        writtenRows.append(row)
        column += scalarWidth
        if column >= width {
            if !autoMargin {
                column = width - 1
            } else if eatsNewline {
                column = width - 1
                pendingWrap = true
            } else {
                newLine()
            }
        }
    }

    /// Line feed or `ESC D` (down) and `ESC M` (up): the cursor moves a
    /// row, and at the region's edge the region scrolls instead, a blank
    /// row coming in.
    private mutating func lineFeed(down: Bool) {
        pendingWrap = false
        lastWritten = nil
        if down ? row != regionBottom : row != regionTop {
            row = min(max(row + (down ? 1 : -1), 0), height - 1)
            return
        }
        var band = Array(cells[(regionTop * width)..<((regionBottom + 1) * width)])
        if down {
            band.removeFirst(width)
            band += Array(repeating: Cell(), count: width)
        } else {
            band.removeLast(width)
            band.insert(contentsOf: Array(repeating: Cell(), count: width), at: 0)
        }
        cells.replaceSubrange((regionTop * width)..<((regionBottom + 1) * width), with: band)
    }

    /// Writing over one half of a wide character blanks its other half.
    private mutating func clearHalves(at x: Int, width count: Int) {
        let start = row * width
        if cells[start + x].covered, x > 0 { cells[start + x - 1] = Cell() }
        let last = x + count - 1
        if last + 1 < width, cells[start + last + 1].covered { cells[start + last + 1] = Cell() }
    }

    private mutating func newLine() {
        pendingWrap = false
        column = 0
        row += 1
        if row == height {
            cells.removeFirst(width)
            cells += Array(repeating: Cell(), count: width)
            row = height - 1
            scrolled += 1
            lastWritten = lastWritten.map { $0 - width }.flatMap { $0 >= 0 ? $0 : nil }
        }
    }
}
