import ArticleKit

/// What a piece of laid-out text is, so a theme can decide how it looks
/// (color, bold, underline) and plain output can ignore it.
public struct TextStyle: Hashable, Sendable {
    /// The part of the document the text belongs to.
    public enum Role: Hashable, Sendable {
        case body
        case heading(Int)
        case code
        case quoteBar
        case listMarker
        case rule
        case tableBorder
        case tableHeader
        case linkTarget
        case benefit
        case risk
        case precaution
        case topicTitle
        case disagreement
        case sourceTag
        case muted
    }

    public var role: Role
    public var inline: InlineStyle

    public init(_ role: Role = .body, inline: InlineStyle = []) {
        self.role = role
        self.inline = inline
    }

    public static let body = TextStyle(.body)
}

/// A run of text drawn in one style.
public struct StyledRun: Hashable, Sendable {
    public var text: String
    public var style: TextStyle

    public init(_ text: String, _ style: TextStyle = .body) {
        self.text = text
        self.style = style
    }

    /// `text` in `style`, its line breaks (a note written in an editor
    /// has paragraphs) as the `"\n"` runs the wrapper breaks lines at.
    public static func lines(_ text: String, _ style: TextStyle = .body) -> [StyledRun] {
        guard text.contains("\n") else { return [StyledRun(text, style)] }
        var runs: [StyledRun] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { runs.append(StyledRun("\n", style)) }
            if !line.isEmpty { runs.append(StyledRun(String(line), style)) }
        }
        return runs
    }
}

/// One line of a laid-out article, with where it comes from: the top-level
/// block and how many characters of that block come before the line. That
/// pair is a reading position that survives a change of width.
public struct LayoutLine: Hashable, Sendable {
    public var runs: [StyledRun]
    public var blockIndex: Int
    public var offset: Int
    /// Whether the line belongs to the article's preface (the "About this
    /// source" block), not to the block's own text: search skips it.
    public var isPreface: Bool
    /// The links any part of the line shows (their text or their target),
    /// each whole: what `o` offers when the line is on screen.
    public var links: [ArticleLink]

    public init(runs: [StyledRun], blockIndex: Int, offset: Int, isPreface: Bool = false, links: [ArticleLink] = []) {
        self.runs = runs
        self.blockIndex = blockIndex
        self.offset = offset
        self.isPreface = isPreface
        self.links = links
    }

    /// The line's text without styles, trailing spaces removed.
    public var plainText: String {
        var text = ""
        for run in runs { text += run.text }
        while text.utf8.last == 0x20 { text.removeLast() }
        return text
    }
}
