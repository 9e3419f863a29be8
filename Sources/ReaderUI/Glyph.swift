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
    public static let replacement = Glyph(scalars: ["\u{FFFD}"], width: 1)
    /// The cell a wide glyph's second column is covered by.
    public static let continuation = Glyph(scalars: [], width: 0)
    public static let space = Glyph(scalars: [" "], width: 1)

    public var scalars: [Unicode.Scalar]
    public var width: Int

    public init(scalars: [Unicode.Scalar], width: Int) {
        self.scalars = scalars
        self.width = width
    }

    /// The glyph for `character`, or nil if it takes no cell.
    public init?(_ character: Character) {
        if let ascii = character.asciiValue, ascii >= 0x20 && ascii < 0x7F {
            self.init(scalars: [Unicode.Scalar(ascii)], width: 1)
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
        var kept: [Unicode.Scalar] = [first]
        for scalar in scalars.dropFirst() {
            if scalar.value == 0x200D || kept.count == Glyph.maximumScalars { break }
            if Glyph.width(of: scalar) == 0 { kept.append(scalar) }
        }
        self.init(scalars: kept, width: width)
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
}

/// Display widths of strings, in terminal columns, by `Glyph`'s rules.
public enum DisplayWidth {
    /// Columns `text` takes when drawn; ASCII is measured without decoding.
    public static func of(_ text: some StringProtocol) -> Int {
        var columns = 0
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            columns += 1
        }
        if ascii { return columns }
        return text.reduce(0) { $0 + (Glyph($1)?.width ?? 0) }
    }

    /// The longest prefix of `text` that fits in `columns`, and its width.
    public static func prefix(of text: Substring, fitting columns: Int) -> (prefix: Substring, width: Int) {
        var width = 0
        var end = text.startIndex
        for index in text.indices {
            let glyphWidth = Glyph(text[index])?.width ?? 0
            if width + glyphWidth > columns { break }
            width += glyphWidth
            end = text.index(after: index)
        }
        return (text[..<end], width)
    }
}
