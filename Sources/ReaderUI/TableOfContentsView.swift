import ArticleKit

/// The contents pane: articles, each unfolding to its sections. The open
/// article and the section being read are highlighted; the selected row is
/// reversed while the pane has the keyboard.
enum TableOfContentsView {
    static func draw(into canvas: inout Canvas, rect: Rect, state: AppState, theme: Theme) {
        let rows = state.contentsRows
        let focused = state.hasKeyboard(.contents)
        let openIndex = state.reading?.articleIndex
        let currentSlug = state.reading?.currentSection?.slug
        let visible = PaneRows.contents(in: rect)
        let scroll = state.contentsList.drawnScroll(visible: visible, total: rows.count)
        for line in 0..<visible {
            let index = scroll + line
            guard rows.indices.contains(index) else { break }
            let y = rect.y + line
            let row = rows[index]
            var style: CellStyle
            let text: String
            switch row {
            case .article(let articleIndex):
                let article = state.library.articles[articleIndex]
                let marker = state.unfolded.contains(article.id) ? "▾ " : "▸ "
                text = marker + article.title
                style = articleIndex == openIndex ? theme.contentsOpenArticle : theme.contentsArticle
            case .section(let articleIndex, let section, let depth):
                let isCurrent = articleIndex == openIndex && section.slug == currentSlug
                text = String(repeating: "  ", count: depth + 1) + (isCurrent ? "• " : "  ") + section.title
                style = isCurrent ? theme.contentsCurrentSection : theme.contentsSection
            }
            if index == state.contentsList.selection {
                style = theme.selected(style, focused: focused)
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            }
            canvas.putTruncating(" " + text, x: rect.x, y: y, style: style, limit: rect.width)
        }
    }
}
