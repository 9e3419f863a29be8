import ArticleKit

/// The bookmarks pane: grouped by article, newest first; each bookmark's
/// label and section, then its excerpt. Bookmarks whose article is gone, or
/// whose place moved, stay listed and are marked.
enum BookmarksView {
    static func draw(into canvas: inout Canvas, rect: Rect, state: AppState, theme: Theme) {
        guard let pane = state.bookmarksPane else { return }
        let ordered = BookmarkList.ordered(state.bookmarks)
        let rows = BookmarkList.rows(for: ordered, library: state.library)
        let focused = state.hasKeyboard(.bookmarks)
        canvas.putTruncating(" Bookmarks (\(ordered.count))", x: rect.x, y: rect.y, style: theme.paneTitle, limit: rect.width)
        if ordered.isEmpty {
            canvas.putTruncating("  none yet — m adds one", x: rect.x, y: rect.y + 2, style: theme.style(for: TextStyle(.muted)), limit: rect.width)
            return
        }
        let visible = PaneRows.bookmarks(in: rect)
        let scroll = pane.list.drawnScroll(visible: visible, total: rows.count)
        for line in 0..<visible {
            let index = scroll + line
            guard rows.indices.contains(index) else { break }
            let y = rect.y + 1 + line
            switch rows[index] {
            case .article(let title, let missing):
                let text = missing ? " ⚠ \(title) — article no longer in the library" : " \(title)"
                canvas.putTruncating(text, x: rect.x, y: y, style: missing ? theme.warning : theme.contentsOpenArticle, limit: rect.width)
            case .bookmark(let bookmarkIndex):
                let bookmark = ordered[bookmarkIndex]
                var text = "  ◆ " + bookmark.name
                if let section = bookmark.sectionTitle, bookmark.label != nil, section != bookmark.name { text += " · " + section }
                if case .moved = BookmarkTarget.resolve(bookmark, in: state.library) { text += " (place moved)" }
                var style = CellStyle.plain
                if bookmarkIndex == pane.list.selection {
                    style = theme.selected(style, focused: focused)
                    canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
                }
                canvas.putTruncating(text, x: rect.x, y: y, style: style, limit: rect.width)
            case .excerpt(let bookmarkIndex):
                canvas.putTruncating("    " + ordered[bookmarkIndex].excerpt, x: rect.x, y: y, style: theme.style(for: TextStyle(.muted)), limit: rect.width)
            }
        }
    }
}
