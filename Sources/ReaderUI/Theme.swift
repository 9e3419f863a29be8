import ArticleKit

/// How each kind of text and each part of the screen looks. The colored
/// theme and the `NO_COLOR` one carry the same meaning: color only adds to
/// attributes and symbols, never replaces them.
public struct Theme: Sendable {
    public var usesColor: Bool

    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    public static let colored = Theme(usesColor: true)
    public static let monochrome = Theme(usesColor: false)

    /// The theme for an environment: no colors when `NO_COLOR` is set to
    /// anything non-empty (no-color.org).
    public static func forEnvironment(_ environment: ProcessEnvironment = .current) -> Theme {
        if let value = environment["NO_COLOR"], !value.isEmpty { return .monochrome }
        return .colored
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
            result = CellStyle(foreground: level <= 2 ? .cyan : .blue, bold: true, underline: level == 1)
        case .code: result = CellStyle(foreground: .yellow)
        case .quoteBar: result = CellStyle(foreground: .magenta, dim: true)
        case .listMarker: result = CellStyle(foreground: .cyan)
        case .rule, .tableBorder: result = CellStyle(dim: true)
        case .tableHeader: result = CellStyle(bold: true)
        case .linkTarget: result = CellStyle(foreground: .blue, dim: true)
        case .benefit: result = CellStyle(foreground: .green, bold: true)
        case .risk: result = CellStyle(foreground: .red, bold: true)
        case .precaution: result = CellStyle(foreground: .yellow, bold: true)
        case .topicTitle: result = CellStyle(foreground: .cyan, bold: true)
        case .disagreement: result = CellStyle(foreground: .yellow, bold: true, reverse: !usesColor)
        case .sourceTag: result = CellStyle(foreground: .magenta)
        case .muted: result = CellStyle(dim: true)
        }
        if text.inline.contains(.strong) { result.bold = true }
        if text.inline.contains(.emphasis) { result.italic = true }
        if text.inline.contains(.code) { result.foreground = .yellow }
        if text.inline.contains(.link) {
            result.underline = true
            result.foreground = result.foreground ?? .blue
        }
        if text.inline.contains(.strikethrough) { result.dim = true }
        return style(result)
    }

    public var titleBar: CellStyle { style(CellStyle(foreground: .black, background: .cyan, bold: true, reverse: !usesColor)) }
    public var statusBar: CellStyle { style(CellStyle(reverse: true)) }
    public var statusMessage: CellStyle { style(CellStyle(foreground: .yellow, bold: true, reverse: true)) }
    /// The line between panes, in the text's own style: a dim line cost
    /// two attribute changes on every row of every full redraw (a third of
    /// the first frame's escape sequences).
    public var divider: CellStyle { .plain }
    public var paneTitle: CellStyle { style(CellStyle(bold: true)) }
    public var contentsArticle: CellStyle { .plain }
    public var contentsOpenArticle: CellStyle { style(CellStyle(foreground: .cyan, bold: true)) }
    public var contentsSection: CellStyle { style(CellStyle(dim: false)) }
    public var contentsCurrentSection: CellStyle { style(CellStyle(foreground: .cyan, bold: true)) }
    /// The selected row when its pane has the keyboard, and when it does not.
    public var selection: CellStyle { style(CellStyle(reverse: true)) }
    public var selectionUnfocused: CellStyle { style(CellStyle(underline: true)) }

    /// `base` as a selected row (or claim) draws it: reversed while its
    /// pane has the keyboard, underlined while it does not. Every list
    /// pane marks its selection with this.
    public func selected(_ base: CellStyle, focused: Bool) -> CellStyle {
        let mark = focused ? selection : selectionUnfocused
        var style = base
        style.reverse = style.reverse || mark.reverse
        style.underline = style.underline || mark.underline
        return style
    }
    public var sectionMark: CellStyle { style(CellStyle(foreground: .yellow, bold: true)) }
    public var bookmarkMark: CellStyle { style(CellStyle(foreground: .magenta, bold: true)) }
    public var promptText: CellStyle { style(CellStyle(bold: true)) }
    /// Search matches: every visible one reversed, the current one also
    /// bold and underlined (so it stands out without color too).
    public var match: CellStyle { style(CellStyle(reverse: true)) }
    public var currentMatch: CellStyle { style(CellStyle(foreground: .yellow, bold: true, underline: true, reverse: true)) }
    public var overlayBorder: CellStyle { style(CellStyle(foreground: .cyan, bold: true)) }
    public var overlayText: CellStyle { .plain }
    public var overlayKey: CellStyle { style(CellStyle(foreground: .yellow, bold: true)) }
    public var overlayHeading: CellStyle { style(CellStyle(bold: true, underline: true)) }
    public var warning: CellStyle { style(CellStyle(foreground: .red, bold: true)) }
}
