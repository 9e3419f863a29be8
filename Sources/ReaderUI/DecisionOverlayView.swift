import ArticleKit
import DecisionKit

/// "My decision" (`d`), drawn over the panes: where the person stands,
/// what matters to them, their questions and notes, as `DecisionPage`
/// lays them out, the selected item highlighted. It names what was
/// recorded; nothing in it is a recommendation.
enum DecisionOverlayView {
    /// The area it covers: every row between the title and the status line.
    static func area(size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: max(1, size.height - 2))
    }

    /// Rows of text the area shows, under its title row.
    static func visibleRows(size: Size) -> Int { max(1, area(size: size).height - 1) }

    /// "d or Esc closes": the keys that close My decision, the one that
    /// also opens it first when it is one of them.
    static func closingWords(_ keymap: Keymap) -> String {
        let keys = keymap.bindings.filter { $0.scope == .decision && $0.action == .closeOverlay }.flatMap(\.keys)
        let opener = keymap.firstKey(for: .showDecision, in: .everywhere)
        let ordered = keys.filter { $0 == opener } + keys.filter { $0 != opener }
        let words = ordered.prefix(2).map(\.label).joined(separator: " or ")
        return words.isEmpty ? "" : words + " closes"
    }

    static func draw(into canvas: inout Canvas, state: AppState, pane: DecisionPane, theme: Theme) {
        let area = area(size: state.size)
        canvas.fill(area)
        let closes = closingWords(state.keymap)
        canvas.putTruncating(" My decision — " + closes, x: area.x, y: area.y, style: theme.paneTitle, limit: area.width)
        let lines = pane.page.lines
        let visible = visibleRows(size: state.size)
        let top = pane.list.drawnScroll(visible: visible, total: lines.count)
        let selected = pane.page.itemLines.indices.contains(pane.list.selection) ? pane.page.itemLines[pane.list.selection] : 0..<0
        let focused = state.prompt == nil
        for row in 0..<visible {
            let index = top + row
            guard lines.indices.contains(index) else { break }
            let y = area.y + 1 + row
            let isSelected = selected.contains(index)
            if isSelected {
                canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme.selected(.plain, focused: focused))
            }
            var x = area.x + 1
            for run in lines[index] {
                let style = theme.style(for: run.style)
                x += canvas.put(run.text, x: x, y: y, style: isSelected ? theme.selected(style, focused: focused) : style,
                                limit: area.x + area.width - x)
            }
        }
    }
}
