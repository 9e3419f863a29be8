import ArticleKit

/// The comparison pane: a title row with the scope and filter, then the
/// laid-out comparison, the selected claim reversed in its column.
enum ComparisonView {
    static func draw(into canvas: inout Canvas, rect: Rect, state: AppState, theme: Theme) {
        guard let pane = state.comparison else { return }
        let focused = state.hasKeyboard(.comparison)
        canvas.putTruncating(" " + pane.title(library: state.library), x: rect.x, y: rect.y, style: theme.paneTitle, limit: rect.width)
        let text = PaneRows.comparisonText(in: rect)
        let rows = Reader.comparisonRows(state)
        let scroll = pane.list.drawnScroll(visible: PaneRows.comparison(in: rect), total: rows.count)
        for line in 0..<text.height {
            let index = scroll + line
            guard rows.indices.contains(index) else { break }
            let row = rows[index]
            var x = text.x
            for run in row.runs {
                x += canvas.put(run.text, x: x, y: text.y + line, style: theme.style(for: run.style), limit: text.x + text.width - x)
            }
            for span in row.claimSpans where span.claim == pane.list.selection {
                canvas.restyle(Rect(x: text.x + span.x, y: text.y + line, width: span.width, height: 1)) { style in
                    style = theme.selected(style, focused: focused)
                }
            }
        }
    }
}
