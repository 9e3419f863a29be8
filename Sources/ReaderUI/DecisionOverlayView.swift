import ArticleKit
import DecisionKit

/// "My decision" (`d`), drawn over the panes: the person's decision laid
/// out as `weigh decision show` prints it (`DecisionDocument`), scrolled
/// with the usual keys. It names what was recorded; nothing in it is a
/// recommendation.
enum DecisionOverlayView {
    /// The area it covers: every row between the title and the status line.
    static func area(size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: max(1, size.height - 2))
    }

    /// Rows of text the area shows, under its title row.
    static func visibleRows(size: Size) -> Int { max(1, area(size: size).height - 1) }

    /// The document's lines at the area's width (at most the body's width).
    static func lines(for state: AppState) -> [LayoutLine] {
        let summary = DecisionSummary.build(records: state.records, library: state.library)
        let width = min(ScreenLayout.maximumTextWidth, max(10, area(size: state.size).width - 2))
        return BlockLayout.lines(for: DecisionDocument.blocks(for: summary, date: nil), width: width)
    }

    /// The scroll that shows the last page full.
    static func lastScroll(for state: AppState) -> Int {
        max(0, lines(for: state).count - visibleRows(size: state.size))
    }

    static func draw(into canvas: inout Canvas, state: AppState, scroll: Int, theme: Theme) {
        let area = area(size: state.size)
        canvas.fill(area)
        canvas.putTruncating(" My decision — d or Esc closes", x: area.x, y: area.y, style: theme.paneTitle, limit: area.width)
        let lines = lines(for: state)
        let visible = visibleRows(size: state.size)
        let top = min(max(0, scroll), max(0, lines.count - visible))
        for row in 0..<visible {
            guard lines.indices.contains(top + row) else { break }
            var x = area.x + 1
            for run in lines[top + row].runs {
                x += canvas.put(run.text, x: x, y: area.y + 1 + row, style: theme.style(for: run.style), limit: area.x + area.width - x)
            }
        }
    }
}
