/// One line of text around a match, to show in a list of results: at most
/// `width` columns, whitespace collapsed to single spaces, the match
/// roughly centred, `…` where the text was cut (at a word boundary when
/// one is near).
public struct SearchSnippet: Hashable, Sendable {
    /// The line.
    public var text: String
    /// The match, as `Character` offsets into `text` (clipped when the
    /// match itself is too long to show whole).
    public var match: Range<Int>

    /// How many columns a character takes.
    public typealias ColumnWidth = (Character) -> Int

    /// The snippet around `match` (`Character` offsets into `text`), with
    /// widths from `estimatedColumns`.
    public init(around match: Range<Int>, in text: String, width: Int = 80) {
        self.init(around: match, in: text, width: width, measure: nil)
    }

    /// The snippet around `match`, with widths from `columns` (the reader
    /// passes the terminal's own measure).
    public init(around match: Range<Int>, in text: String, width: Int = 80, columns: @escaping ColumnWidth) {
        self.init(around: match, in: text, width: width, measure: columns)
    }

    private init(around match: Range<Int>, in text: String, width: Int, measure: ColumnWidth?) {
        let width = max(width, 5)
        // Only `width` columns around the match are ever shown; a run of
        // whitespace longer than that is the one case that shows less.
        let window = SnippetWindow(text: text, match: match, reach: width + 8)
        let widths = (0..<window.count).map { index in
            if let measure { return measure(window.character(index)) }
            return Self.estimatedColumns(window.firstScalar(of: index))
        }
        var line = SnippetLine(width: width, space: SnippetWindow.space, ellipsis: SnippetWindow.ellipsis) {
            $0 < 0 ? 1 : widths[$0]
        }
        line.fill(before: (window.collapsed(window.match.lowerBound > 0 ? (0..<window.match.lowerBound).reversed() : []),
                           window.isCutBefore),
                  middle: window.collapsed(window.match),
                  after: (window.collapsed(window.match.upperBound..<window.count), window.isCutAfter))
        self.text = window.text(of: line.left + line.middle + line.right)
        self.match = line.left.count..<(line.left.count + line.middle.count)
    }

    /// Columns a character is likely to take in a terminal: 2 for East
    /// Asian wide characters and emoji, 0 for controls, marks and format
    /// characters, 1 otherwise. A stand-in for `wcwidth`, which ArticleKit
    /// does not link.
    public static func estimatedColumns(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.contains("\u{FE0F}") { return 2 }
        return estimatedColumns(first.value)
    }

    static func estimatedColumns(_ value: UInt32) -> Int {
        if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            break
        }
        guard let scalar = Unicode.Scalar(value) else { return 1 }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }
}
