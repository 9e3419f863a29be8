/// The eight ANSI colors a theme may use; the terminal's own default when nil.
public enum TerminalColor: Int, Hashable, Sendable, CaseIterable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How one cell looks: colors and attributes. Meaning never rests on color
/// alone; every style that matters also has an attribute or a symbol, so
/// `NO_COLOR` loses nothing.
public struct CellStyle: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil,
                bold: Bool = false, dim: Bool = false, italic: Bool = false,
                underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = CellStyle()

    /// The style in 13 bits (each color 0 for the default or 1 + its
    /// number, then the five attributes), so a canvas cell carries it
    /// beside its glyph.
    var packed: UInt16 {
        var bits = UInt16(foreground.map { $0.rawValue + 1 } ?? 0) | UInt16(background.map { $0.rawValue + 1 } ?? 0) << 4
        if bold { bits |= 1 << 8 }
        if dim { bits |= 1 << 9 }
        if italic { bits |= 1 << 10 }
        if underline { bits |= 1 << 11 }
        if reverse { bits |= 1 << 12 }
        return bits
    }

    /// The style `packed` made.
    init(packed bits: UInt16) {
        let foreground = Int(bits & 0xF)
        let background = Int(bits >> 4 & 0xF)
        self.init(foreground: foreground == 0 ? nil : TerminalColor(rawValue: foreground - 1),
                  background: background == 0 ? nil : TerminalColor(rawValue: background - 1),
                  bold: bits & 1 << 8 != 0, dim: bits & 1 << 9 != 0, italic: bits & 1 << 10 != 0,
                  underline: bits & 1 << 11 != 0, reverse: bits & 1 << 12 != 0)
    }

    /// The same style without colors (for `NO_COLOR`).
    public var withoutColor: CellStyle {
        var copy = self
        copy.foreground = nil
        copy.background = nil
        return copy
    }
}
