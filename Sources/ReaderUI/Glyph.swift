import CLocaleWidth

/// What one grapheme becomes in a terminal cell, decided in one place for
/// the layout and the terminal alike.
///
/// - Width is libc's `wcwidth` of the first scalar: ncurses moves its
///   cursor by the same function, so the two always agree.
/// - A grapheme that starts with a zero-width scalar (a lone combining
///   mark) takes no cell and is dropped; one `wcwidth` calls unprintable
///   becomes `�`.
/// - At most `maximumScalars` scalars are kept (ncurses' CCHARW_MAX is 5):
///   extra combining marks are dropped.
/// - Emoji ZWJ sequences draw their first emoji only, two columns wide;
///   terminals disagree on joined emoji, so we do not rely on them.
public struct Glyph: Hashable, Sendable {
    public static let maximumScalars = 5
    public static let replacement = Glyph(base: "\u{FFFD}", width: 1)
    /// The cell a wide glyph's second column is covered by.
    public static let continuation = Glyph(base: " ", width: 0)
    public static let space = Glyph(base: " ", width: 1)

    // A glyph is two words, so a canvas cell (a glyph and its style in the
    // bits left over) is 16 bytes of plain data: a frame copies and
    // compares thousands of cells, and after a pause between keys they
    // come from memory, not cache. A scalar takes 21 bits:
    //   low:  base | first mark << 21 | second mark << 42
    //   high: third mark | fourth mark << 21 | width << 42 | mark count << 44
    // Bits 47 and up of `high` are zero here; `Canvas.Cell` keeps its
    // style in them.
    let low: UInt64
    let high: UInt64

    static let scalarBits: UInt64 = 21
    static let scalarMask: UInt64 = (1 << 21) - 1
    static let widthShift: UInt64 = 42
    static let countShift: UInt64 = 44
    /// The bits of `high` a glyph uses.
    static let highMask: UInt64 = (1 << 47) - 1

    /// The first scalar, which sets the width.
    public var base: Unicode.Scalar { Unicode.Scalar(UInt32(truncatingIfNeeded: low & Self.scalarMask))! }

    /// Columns the glyph takes: 1 or 2, or 0 for the covered half of a wide glyph.
    public var width: Int { Int((high >> Self.widthShift) & 3) }

    private var markCount: Int { Int((high >> Self.countShift) & 7) }

    /// A glyph of `base` and up to four `marks` (more are dropped).
    public init(base: Unicode.Scalar, marks: [Unicode.Scalar] = [], width: Int) {
        let count = min(marks.count, Self.maximumScalars - 1)
        var values: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        if count > 0 { values.0 = UInt64(marks[0].value) }
        if count > 1 { values.1 = UInt64(marks[1].value) }
        if count > 2 { values.2 = UInt64(marks[2].value) }
        if count > 3 { values.3 = UInt64(marks[3].value) }
        low = UInt64(base.value) | values.0 << Self.scalarBits | values.1 << (2 * Self.scalarBits)
        high = values.2 | values.3 << Self.scalarBits | UInt64(width & 3) << Self.widthShift | UInt64(count) << Self.countShift
    }

    /// The glyph stored in `low` and the glyph bits of `high`.
    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high & Self.highMask
    }

    /// The combining marks and variation selectors after the base (at most
    /// four); usually none.
    public var marks: [Unicode.Scalar] {
        (0..<markCount).map { Unicode.Scalar(mark(at: $0))! }
    }

    /// The `index`th mark's scalar value (index below `markCount`).
    private func mark(at index: Int) -> UInt32 {
        let word = index < 2 ? low >> Self.scalarBits : high
        return UInt32(truncatingIfNeeded: (word >> (UInt64(index % 2) * Self.scalarBits)) & Self.scalarMask)
    }

    /// Every scalar drawn in the cell: the base, then its marks.
    public var scalars: [Unicode.Scalar] { width == 0 ? [] : [base] + marks }

    /// The glyph of a printable ASCII byte (0x20 to 0x7E).
    init(ascii byte: UInt8) {
        low = UInt64(byte)
        high = 1 << Self.widthShift
    }

    /// The glyph for `character`, or nil if it takes no cell.
    public init?(_ character: Character) {
        if let ascii = character.asciiValue, ascii >= 0x20 && ascii < 0x7F {
            self.init(ascii: ascii)
            return
        }
        let scalars = character.unicodeScalars
        let first = scalars.first!
        let width = Glyph.width(of: first)
        if width == 0 { return nil }
        if width < 0 {
            self = .replacement
            return
        }
        var marks: [Unicode.Scalar] = []
        for scalar in scalars.dropFirst() {
            if scalar.value == 0x200D || marks.count == Glyph.maximumScalars - 1 { break }
            if Glyph.width(of: scalar) == 0 { marks.append(scalar) }
        }
        self.init(base: first, marks: marks, width: width)
    }

    /// Walks `text` glyph by glyph, as the canvas draws it and the layout
    /// measures it: printable ASCII not followed by a non-ASCII byte (so no
    /// combining mark joins it) a byte at a time, which is most text and
    /// many times faster; anything else a grapheme at a time, after which
    /// the bytes take the fast way again. `body` gets each glyph (nil for a
    /// grapheme that takes no cell) and the index just after it, and
    /// returns false to stop.
    @inline(__always)
    static func walk<Text: StringProtocol>(_ text: Text, _ body: (Glyph?, Text.Index) -> Bool) {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte >= 0x20 && byte < 0x7F, next == utf8.endIndex || utf8[next] < 0x80 {
                guard body(Glyph(ascii: byte), next) else { return }
                index = next
                continue
            }
            let character = text[index]
            index = text.index(after: index)
            guard body(Glyph(character), index) else { return }
        }
    }

    /// Columns `scalar` takes, by libc: 0 for combining, 2 for wide, -1 for
    /// unprintable.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return 1 }
        _ = localeIsReady
        return Int(clw_wcwidth(scalar.value))
    }

    private static let localeIsReady: Bool = ProcessLocale.isUTF8 || ProcessLocale.prepareUTF8()

    public var string: String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    /// The `index`th character ncurses is given for this cell (index below
    /// `maximumScalars`): the base, then the combining marks, then 0. A
    /// covered cell or an empty one is a space.
    public func scalarValue(at index: Int) -> UInt32 {
        guard width > 0 else { return index == 0 ? 0x20 : 0 }
        if index == 0 { return base.value }
        return index - 1 < Int(markCount) ? mark(at: index - 1) : 0
    }
}
