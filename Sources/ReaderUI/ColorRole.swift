/// The parts of the screen a config file may color, by the names the file
/// uses (`theme: colors: heading: cyan`). Every color the colored theme
/// draws belongs to exactly one role, so the file can change any of them;
/// attributes (bold, underline, reverse) are not the file's to change,
/// which keeps meaning readable without color.
public enum ColorRole: String, Hashable, Sendable, CaseIterable {
    case heading
    case subheading
    case benefit
    case risk
    case precaution
    case disagreement
    case topic
    case sourceTag = "source-tag"
    case link
    case code
    case quote
    case accent
    case sectionMark = "section-mark"
    case bookmarkMark = "bookmark-mark"
    case titleBar = "title-bar"
    case statusBar = "status-bar"
    case message
    case selection
    case match
    case helpKey = "help-key"
    case warning

    /// What the role colors, in words (the default config file's comment).
    public var summary: String {
        switch self {
        case .heading: "Article headings, levels 1 and 2"
        case .subheading: "Article headings, levels 3 to 6"
        case .benefit: "Benefits in the comparison"
        case .risk: "Risks in the comparison"
        case .precaution: "Precautions in the comparison"
        case .disagreement: "Where sources disagree"
        case .topic: "Topic titles in the comparison"
        case .sourceTag: "The source tag beside each claim"
        case .link: "Links in articles"
        case .code: "Code, inline and in blocks"
        case .quote: "The bar beside a quotation"
        case .accent: "List markers, the open article in the contents, the help's border"
        case .sectionMark: "The mark beside a section just jumped to"
        case .bookmarkMark: "The mark beside a bookmarked line"
        case .titleBar: "The title line"
        case .statusBar: "The status line (reverse video: the color is the bar's)"
        case .message: "A message in the status line (reverse video)"
        case .selection: "The selected row (reverse video; default keeps the row's own colors)"
        case .match: "The current search match (reverse video)"
        case .helpKey: "Keys in the help"
        case .warning: "Warnings"
        }
    }
}
