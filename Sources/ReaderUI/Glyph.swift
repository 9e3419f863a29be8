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

    /// The first scalar, which sets the width.
    public let base: Unicode.Scalar
    /// The combining marks and variation selectors after the base, packed
    /// two to a word, so a glyph (and a canvas cell) holds no reference and
    /// is copied and compared as plain bytes: a frame copies and compares
    /// thousands of cells.
    private let firstMarks: UInt64
    private let lastMarks: UInt64
    private let markCount: UInt8
    public let width: Int

    /// A glyph of `base` and up to four `marks` (more are dropped).
    public init(base: Unicode.Scalar, marks: [Unicode.Scalar] = [], width: Int) {
        self.base = base
        var words: (UInt64, UInt64) = (0, 0)
        let count = min(marks.count, Self.maximumScalars - 1)
        for index in 0..<count {
            let value = UInt64(marks[index].value) << (index % 2 == 0 ? 0 : 32)
            if index < 2 { words.0 |= value } else { words.1 |= value }
        }
        firstMarks = words.0
        lastMarks = words.1
        markCount = UInt8(count)
        self.width = width
    }

    /// The combining marks and variation selectors after the base (at most
    /// four); usually none.
    public var marks: [Unicode.Scalar] {
        (0..<Int(markCount)).map { Unicode.Scalar(mark(at: $0))! }
    }

    /// The `index`th mark's scalar value (index below `markCount`).
    private func mark(at index: Int) -> UInt32 {
        let word = index < 2 ? firstMarks : lastMarks
        return UInt32(truncatingIfNeeded: index % 2 == 0 ? word : word >> 32)
    }

    /// Every scalar drawn in the cell: the base, then its marks.
    public var scalars: [Unicode.Scalar] { width == 0 ? [] : [base] + marks }

    /// The glyph of a printable ASCII byte (0x20 to 0x7E).
    init(ascii byte: UInt8) {
        self.init(base: Unicode.Scalar(byte), width: 1)
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
