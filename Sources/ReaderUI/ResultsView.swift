import ArticleKit

/// The library search results: for each, the article and section, then a
/// one-line snippet with the match highlighted. Title and heading hits come
/// first (the ranking is `LibrarySearchIndex`'s).
enum ResultsView {
    static func draw(into canvas: inout Canvas, rect: Rect, state: AppState, theme: Theme) {
        guard let pane = state.resultsPane else { return }
        let focused = state.hasKeyboard(.results)
        canvas.putTruncating(" Results for “\(pane.query)” (\(pane.results.count))", x: rect.x, y: rect.y, style: theme.paneTitle, limit: rect.width)
        if pane.results.isEmpty {
            canvas.putTruncating("  nothing matches", x: rect.x, y: rect.y + 2, style: theme.style(for: TextStyle(.muted)), limit: rect.width)
            return
        }
        let visible = PaneRows.results(in: rect)
        let scroll = pane.list.drawnScroll(visible: visible, total: pane.results.count)
        for slot in 0..<visible {
            let index = scroll + slot
            guard pane.results.indices.contains(index) else { break }
            let result = pane.results[index]
            let y = rect.y + 1 + slot * 2
            var place = " " + result.articleTitle
            switch result.kind {
            case .title: place += " · title"
            case .summary: place += " · summary"
            case .heading, .body, .claim:
                if let section = result.sectionTitle { place += " › " + section }
                if result.kind == .claim { place += " · claim" }
            }
            var style = theme.contentsOpenArticle
            if index == pane.list.selection {
                style = theme.selected(style, focused: focused)
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            }
            canvas.putTruncating(place, x: rect.x, y: y, style: style, limit: rect.width)
            let snippetX = rect.x + 3
            let limit = rect.width - 3
            canvas.putTruncating(result.snippet, x: snippetX, y: y + 1, style: .plain, limit: limit)
            let before = result.snippet.prefix(result.snippetMatch.lowerBound)
            let matched = result.snippet.dropFirst(result.snippetMatch.lowerBound).prefix(result.snippetMatch.count)
            let start = DisplayWidth.of(before)
            if start < limit {
                canvas.restyle(Rect(x: snippetX + start, y: y + 1, width: min(DisplayWidth.of(matched), limit - start), height: 1)) { cell in
                    cell.reverse = true
                    cell.bold = true
                }
            }
        }
    }
}
