import ArticleKit

/// How each kind of text and each part of the screen looks. The colored
/// theme and the `NO_COLOR` one carry the same meaning: color only adds to
/// attributes and symbols, never replaces them. Each color comes from a
/// `ColorRole`, which a config file may change.
public struct Theme: Equatable, Sendable {
    public var usesColor: Bool
    /// The color of each role; a role missing here has the terminal's
    /// default colors.
    public var colors: [ColorRole: RoleColor]

    public init(usesColor: Bool, colors: [ColorRole: RoleColor] = Theme.standardColors) {
        self.usesColor = usesColor
        self.colors = colors
    }

    public static let colored = Theme(usesColor: true)
    public static let monochrome = Theme(usesColor: false)

    /// The colored theme's colors, role by role.
    public static let standardColors: [ColorRole: RoleColor] = [
        .heading: RoleColor(.cyan), .subheading: RoleColor(.blue),
        .benefit: RoleColor(.green), .risk: RoleColor(.red), .precaution: RoleColor(.yellow),
        .disagreement: RoleColor(.yellow), .topic: RoleColor(.cyan), .sourceTag: RoleColor(.magenta),
        .link: RoleColor(.blue), .code: RoleColor(.yellow), .quote: RoleColor(.magenta), .accent: RoleColor(.cyan),
        .sectionMark: RoleColor(.yellow), .bookmarkMark: RoleColor(.magenta),
        .titleBar: RoleColor(.black, on: .cyan), .statusBar: .terminalDefault, .message: RoleColor(.yellow),
        .selection: .terminalDefault, .match: RoleColor(.yellow), .helpKey: RoleColor(.yellow), .warning: RoleColor(.red),
    ]

    /// The theme for an environment: no colors when `NO_COLOR` is set to
    /// anything non-empty (no-color.org), whatever `configured` says;
    /// otherwise the configured theme (the colored one by default).
    public static func forEnvironment(_ environment: ProcessEnvironment = .current, configured: Theme = .colored) -> Theme {
        if let value = environment["NO_COLOR"], !value.isEmpty { return .monochrome }
        return configured
    }

    /// `attributes` in `role`'s colors.
    private func painted(_ role: ColorRole, _ attributes: CellStyle = .plain) -> CellStyle {
        var result = attributes
        let color = colors[role] ?? .terminalDefault
        result.foreground = color.foreground
        result.background = color.background
        return result
    }

    private func style(_ style: CellStyle) -> CellStyle {
        usesColor ? style : style.withoutColor
    }

    /// The look of laid-out article text.
    public func style(for text: TextStyle) -> CellStyle {
        var result: CellStyle
        switch text.role {
        case .body: result = .plain
        case .heading(let level):
            result = painted(level <= 2 ? .heading : .subheading, CellStyle(bold: true, underline: level == 1))
        case .code: result = painted(.code)
        case .quoteBar: result = painted(.quote, CellStyle(dim: true))
        case .listMarker: result = painted(.accent)
        case .rule, .tableBorder: result = CellStyle(dim: true)
        case .tableHeader: result = CellStyle(bold: true)
        case .linkTarget: result = painted(.link, CellStyle(dim: true))
        case .benefit: result = painted(.benefit, CellStyle(bold: true))
        case .risk: result = painted(.risk, CellStyle(bold: true))
        case .precaution: result = painted(.precaution, CellStyle(bold: true))
        case .topicTitle: result = painted(.topic, CellStyle(bold: true))
        case .disagreement: result = painted(.disagreement, CellStyle(bold: true, reverse: !usesColor))
        case .sourceTag: result = painted(.sourceTag)
        case .muted: result = CellStyle(dim: true)
        }
        if text.inline.contains(.strong) { result.bold = true }
        if text.inline.contains(.emphasis) { result.italic = true }
        if text.inline.contains(.code) { result.foreground = painted(.code).foreground }
        if text.inline.contains(.link) {
            result.underline = true
            result.foreground = result.foreground ?? painted(.link).foreground
        }
        if text.inline.contains(.strikethrough) { result.dim = true }
        return style(result)
    }

    public var titleBar: CellStyle { style(painted(.titleBar, CellStyle(bold: true, reverse: !usesColor))) }
    public var statusBar: CellStyle { style(painted(.statusBar, CellStyle(reverse: true))) }
    public var statusMessage: CellStyle { style(painted(.message, CellStyle(bold: true, reverse: true))) }
    /// The line between panes, in the text's own style: a dim line cost
    /// two attribute changes on every row of every full redraw (a third of
    /// the first frame's escape sequences).
    public var divider: CellStyle { .plain }
    public var paneTitle: CellStyle { style(CellStyle(bold: true)) }
    public var contentsArticle: CellStyle { .plain }
    public var contentsOpenArticle: CellStyle { style(painted(.accent, CellStyle(bold: true))) }
    public var contentsSection: CellStyle { style(CellStyle(dim: false)) }
    public var contentsCurrentSection: CellStyle { style(painted(.accent, CellStyle(bold: true))) }
    /// The selected row when its pane has the keyboard, and when it does not.
    public var selection: CellStyle { style(painted(.selection, CellStyle(reverse: true))) }
    public var selectionUnfocused: CellStyle { style(CellStyle(underline: true)) }

    /// `base` as a selected row (or claim) draws it: reversed while its
    /// pane has the keyboard, underlined while it does not. Every list
    /// pane marks its selection with this.
    public func selected(_ base: CellStyle, focused: Bool) -> CellStyle {
        let mark = focused ? selection : selectionUnfocused
        var style = base
        style.reverse = style.reverse || mark.reverse
        style.underline = style.underline || mark.underline
        // A selection given colors (config file) paints the row in them;
        // by default the row keeps its own, reversed.
        if focused, mark.foreground != nil || mark.background != nil {
            style.foreground = mark.foreground
            style.background = mark.background
        }
        return style
    }
    public var sectionMark: CellStyle { style(painted(.sectionMark, CellStyle(bold: true))) }
    public var bookmarkMark: CellStyle { style(painted(.bookmarkMark, CellStyle(bold: true))) }
    public var promptText: CellStyle { style(CellStyle(bold: true)) }
    /// Search matches: every visible one reversed, the current one also
    /// bold and underlined (so it stands out without color too).
    public var match: CellStyle { style(CellStyle(reverse: true)) }
    public var currentMatch: CellStyle { style(painted(.match, CellStyle(bold: true, underline: true, reverse: true))) }
    public var overlayBorder: CellStyle { style(painted(.accent, CellStyle(bold: true))) }
    public var overlayText: CellStyle { .plain }
    public var overlayKey: CellStyle { style(painted(.helpKey, CellStyle(bold: true))) }
    public var overlayHeading: CellStyle { style(CellStyle(bold: true, underline: true)) }
    public var warning: CellStyle { style(painted(.warning, CellStyle(bold: true))) }
}
