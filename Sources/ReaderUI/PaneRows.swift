/// How many rows of its list each pane shows, decided once for the update
/// that moves a selection and the view that draws it: both ask here, with
/// the rectangle the layout gives the pane.
public enum PaneRows {
    /// The rectangle `pane` is drawn in now, or would be if it had the
    /// keyboard (a narrow terminal shows one pane at a time).
    public static func rect(of pane: Focus, in state: AppState) -> Rect {
        let layout = state.layout
        let current: Rect? = switch pane {
        case .contents: layout.contents
        case .body: layout.body
        case .comparison: layout.comparison
        case .bookmarks: layout.bookmarks
        case .results: layout.results
        }
        if let current { return current }
        let alone = ScreenLayout(size: state.size, focus: pane, contentsHidden: state.contentsHidden,
                                 comparisonOpen: state.comparison != nil, sidePane: state.sidePane)
        return [alone.contents, alone.body, alone.comparison, alone.bookmarks, alone.results].compactMap { $0 }.first
            ?? Rect(x: 0, y: 1, width: state.size.width, height: max(1, state.size.height - 2))
    }

    /// Contents rows: the whole pane.
    public static func contents(in rect: Rect) -> Int { max(1, rect.height) }

    /// Bookmark rows: the pane under its title row.
    public static func bookmarks(in rect: Rect) -> Int { max(1, rect.height - 1) }

    /// Search results: two rows each (place, snippet) under the title row.
    public static func results(in rect: Rect) -> Int { max(1, (rect.height - 1) / 2) }

    /// Comparison rows: the pane under its title row.
    public static func comparison(in rect: Rect) -> Int { max(1, rect.height - 1) }

    /// The text rectangle of the comparison pane: a column of margin each
    /// side, under the title row.
    public static func comparisonText(in rect: Rect) -> Rect {
        Rect(x: rect.x + 1, y: rect.y + 1, width: max(1, rect.width - 2), height: max(1, rect.height - 1))
    }
}

extension AppState {
    /// Rows the contents pane shows.
    public var contentsRowsVisible: Int { PaneRows.contents(in: PaneRows.rect(of: .contents, in: self)) }
    /// Bookmark rows the bookmarks pane shows.
    public var bookmarkRowsVisible: Int { PaneRows.bookmarks(in: PaneRows.rect(of: .bookmarks, in: self)) }
    /// Results the results pane shows.
    public var resultsVisible: Int { PaneRows.results(in: PaneRows.rect(of: .results, in: self)) }
    /// Comparison rows the comparison pane shows.
    public var comparisonRowsVisible: Int { PaneRows.comparison(in: PaneRows.rect(of: .comparison, in: self)) }

    /// Whether `pane` has the keyboard: focused, with no overlay or prompt
    /// over it. Its selected row is drawn focused only then.
    public func hasKeyboard(_ pane: Focus) -> Bool {
        focus == pane && overlay == nil && prompt == nil
    }
}
