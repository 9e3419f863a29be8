

/// Where everything goes on a screen of a given size: the title line, the
/// panes, the status line. Wide terminals show the contents beside the
/// article (or, while the comparison is open, the article beside the
/// comparison); narrow ones show the focused pane alone.
public struct ScreenLayout: Hashable, Sendable {
    public static let minimumSize = Size(width: 40, height: 10)
    /// From this width the contents and the article stand side by side.
    public static let sideBySideWidth = 90
    /// Article text is wrapped at most this wide, however wide the pane,
    /// unless the config file's `body-width` says otherwise
    /// (`AppState.maximumTextWidth`).
    public static let defaultMaximumTextWidth = 100
    /// The widths `body-width` may take: narrower than 20 columns a
    /// sentence hardly fits; wider than 400 no terminal shows it.
    public static let maximumTextWidths = 20...400

    public var size: Size
    public var title: Rect
    public var status: Rect
    public var contents: Rect?
    public var body: Rect?
    public var comparison: Rect?
    /// The bookmarks pane, in the contents' place while it is open.
    public var bookmarks: Rect?
    /// Library search results, in the contents' place while they are open.
    public var results: Rect?
    /// Column of the line between side-by-side panes.
    public var dividerX: Int?

    public var isTooSmall: Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }

    public var isSideBySide: Bool { dividerX != nil }

    public init(size: Size, focus: Focus, contentsHidden: Bool, comparisonOpen: Bool = false, sidePane: SidePane = .contents) {
        self.size = size
        title = Rect(x: 0, y: 0, width: size.width, height: 1)
        status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        let panes = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        if size.width >= Self.sideBySideWidth && comparisonOpen {
            let bodyWidth = max(40, (size.width - 1) * 2 / 5)
            body = Rect(x: 0, y: panes.y, width: bodyWidth, height: panes.height)
            dividerX = bodyWidth
            comparison = Rect(x: bodyWidth + 1, y: panes.y, width: size.width - bodyWidth - 1, height: panes.height)
        } else if size.width >= Self.sideBySideWidth && (sidePane != .contents || !contentsHidden) {
            let contentsWidth = sidePane == .contents ? min(36, max(24, size.width * 3 / 10)) : min(48, size.width * 2 / 5)
            let side = Rect(x: 0, y: panes.y, width: contentsWidth, height: panes.height)
            switch sidePane {
            case .contents: contents = side
            case .bookmarks: bookmarks = side
            case .results: results = side
            }
            dividerX = contentsWidth
            body = Rect(x: contentsWidth + 1, y: panes.y, width: size.width - contentsWidth - 1, height: panes.height)
        } else {
            switch focus {
            case .contents: contents = panes
            case .body: body = panes
            case .comparison: comparison = panes
            case .bookmarks: bookmarks = panes
            case .results: results = panes
            }
        }
    }

    /// The body's text area: one column of margin on the left (for marks)
    /// and one on the right, capped at `maximumWidth`.
    public static func textRect(in body: Rect, maximumWidth: Int) -> Rect {
        let inner = body.insetHorizontally(1, 1)
        return Rect(x: inner.x, y: inner.y, width: min(inner.width, maximumWidth), height: inner.height)
    }

    /// The width article text is laid out at, and the rows it has, for a
    /// screen size — whether or not the body is showing right now.
    public static func bodyTextSize(for size: Size, contentsHidden: Bool, comparisonOpen: Bool = false, sidePane: SidePane = .contents,
                                    maximumTextWidth: Int = defaultMaximumTextWidth) -> Size {
        let layout = ScreenLayout(size: size, focus: .body, contentsHidden: contentsHidden, comparisonOpen: comparisonOpen, sidePane: sidePane)
        let text = textRect(in: layout.body ?? Rect(x: 0, y: 1, width: size.width, height: size.height - 2), maximumWidth: maximumTextWidth)
        return Size(width: max(1, text.width), height: max(1, text.height))
    }
}
