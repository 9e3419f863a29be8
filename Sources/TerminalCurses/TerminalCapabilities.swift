import ReaderUI

/// What a terminal must be sent to move its cursor and to change how text
/// looks: terminfo's strings, read once (TerminalCapabilities+Terminfo.swift)
/// so that `FrameEncoder` is pure and can be tested against any terminal
/// description.
public struct TerminalCapabilities: Sendable {
    /// How the cursor is sent to a row and column (both from 0).
    public enum CursorAddressing: Sendable {
        /// `ESC [ row+1 ; column+1 H`, which is what nearly every
        /// terminal's `cup` says; written without asking terminfo.
        case ansi
        /// The terminal's own `cup`, filled in for each move.
        case expanded(@Sendable (_ row: Int, _ column: Int) -> [UInt8])
    }

    /// How a band of rows is scrolled: `csr` sets the rows (first and
    /// last, from 0), `ind` at the band's last row moves it up a line,
    /// `ri` at its first row moves it down one.
    public struct Scrolling: Sendable {
        public var setRegion: @Sendable (_ top: Int, _ bottom: Int) -> [UInt8]
        public var forward: [UInt8]
        public var reverse: [UInt8]

        public init(setRegion: @escaping @Sendable (Int, Int) -> [UInt8], forward: [UInt8], reverse: [UInt8]) {
            self.setRegion = setRegion
            self.forward = forward
            self.reverse = reverse
        }
    }

    public var cursorAddressing: CursorAddressing
    /// Nil when the terminal cannot scroll part of its screen: changed
    /// rows are then always sent again.
    public var scrolling: Scrolling?
    /// Turns every attribute off (`sgr0`).
    public var resetAttributes: [UInt8]
    /// Each attribute on (`bold`, `dim`, `sitm`, `smul`, `rev`); empty
    /// where the terminal has none, and the attribute is then not shown.
    public var bold: [UInt8]
    public var dim: [UInt8]
    public var italic: [UInt8]
    public var underline: [UInt8]
    public var reverse: [UInt8]
    /// Foreground and background for each `TerminalColor` (`setaf`,
    /// `setab`); empty when colors are not used.
    public var foregrounds: [[UInt8]]
    public var backgrounds: [[UInt8]]
    /// The terminal's own colors back (`op`), sent after a colored cell
    /// since `sgr0` need not reset colors.
    public var defaultColors: [UInt8]
    /// Whether writing the bottom-right cell scrolls the screen (`am`
    /// without `xenl`): that cell is then never written.
    public var scrollsAtLastCell: Bool

    public init(cursorAddressing: CursorAddressing, scrolling: Scrolling? = nil, resetAttributes: [UInt8], bold: [UInt8] = [], dim: [UInt8] = [],
                italic: [UInt8] = [], underline: [UInt8] = [], reverse: [UInt8] = [],
                foregrounds: [[UInt8]] = [], backgrounds: [[UInt8]] = [], defaultColors: [UInt8] = [],
                scrollsAtLastCell: Bool = false) {
        self.cursorAddressing = cursorAddressing
        self.scrolling = scrolling
        self.resetAttributes = resetAttributes
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
        self.foregrounds = foregrounds
        self.backgrounds = backgrounds
        self.defaultColors = defaultColors
        self.scrollsAtLastCell = scrollsAtLastCell
    }

    /// Whether cells are drawn in color.
    public var usesColor: Bool { foregrounds.count == TerminalColor.allCases.count }

    /// The bytes that set `style` from plain text: the attributes, then
    /// the colors.
    func sequence(for style: CellStyle) -> [UInt8] {
        var bytes: [UInt8] = []
        if style.bold { bytes += bold }
        if style.dim { bytes += dim }
        if style.italic { bytes += italic }
        if style.underline { bytes += underline }
        if style.reverse { bytes += reverse }
        if usesColor {
            if let color = style.foreground { bytes += foregrounds[color.rawValue] }
            if let color = style.background { bytes += backgrounds[color.rawValue] }
        }
        return bytes
    }
}
