/// The selected item of a list and the first row shown: the one state
/// every list pane keeps (contents, bookmarks, search results, the
/// comparison's claims), moved and kept in view by the same code.
///
/// As in ratatui's `ListState`, the pane keeps indices and the view that
/// draws it clamps them to the rows it has (`drawnScroll`), so a resize
/// between a key and a frame can never draw past the list.
public struct ListViewport: Hashable, Sendable {
    public var selection: Int
    public var scroll: Int

    public init(selection: Int = 0, scroll: Int = 0) {
        self.selection = selection
        self.scroll = scroll
    }

    /// Selects `index`, kept within `count` items (0 when there are none).
    public mutating func select(_ index: Int, count: Int) {
        selection = min(max(0, index), max(0, count - 1))
    }

    /// Scrolls the least so rows `first...last` (the selected item's, and
    /// any heading that belongs with it) are inside a view of `visible`
    /// rows out of `total`. An item taller than the view shows its top.
    public mutating func reveal(first: Int, last: Int, visible: Int, total: Int) {
        let visible = max(1, visible)
        if last >= scroll + visible { scroll = last - visible + 1 }
        if first < scroll { scroll = first }
        scroll = Self.clamp(scroll, visible: visible, total: total)
    }

    /// Scrolls by `delta` rows, within `total` rows in a view of `visible`.
    public mutating func scroll(by delta: Int, visible: Int, total: Int) {
        scroll = Self.clamp(scroll + delta, visible: visible, total: total)
    }

    /// The scroll to draw with in a view of `visible` rows out of `total`.
    public func drawnScroll(visible: Int, total: Int) -> Int {
        Self.clamp(scroll, visible: visible, total: total)
    }

    private static func clamp(_ scroll: Int, visible: Int, total: Int) -> Int {
        min(max(0, scroll), max(0, total - max(1, visible)))
    }
}
