import ArticleKit

/// The contents pane: articles, each unfolding to its sections. The open
/// article and the section being read are highlighted; the selected row is
/// reversed while the pane has the keyboard.
enum TableOfContentsView {
    /// Everything the pane is drawn from, and nothing else: two frames
    /// with equal inputs draw the pane alike, so the second copies it (a
    /// line down in the article changes the pane only when the section
    /// being read changes).
    struct Inputs: Equatable {
        let rect: Rect
        let rows: [ContentsRow]
        let articles: [Article]
        let unfolded: Set<String>
        let list: ListViewport
        let focused: Bool
        let openIndex: Int?
        let currentSlug: String?
        let theme: Theme

        init(state: AppState, rect: Rect, theme: Theme) {
            self.rect = rect
            rows = state.contentsRows
            articles = state.library.articles
            unfolded = state.unfolded
            list = state.contentsList
            focused = state.hasKeyboard(.contents)
            openIndex = state.reading?.articleIndex
            currentSlug = state.reading?.currentSection?.slug
            self.theme = theme
        }
    }

    static func draw(into canvas: inout Canvas, _ inputs: Inputs) {
        let rect = inputs.rect
        let rows = inputs.rows
        let theme = inputs.theme
        let visible = PaneRows.contents(in: rect)
        let scroll = inputs.list.drawnScroll(visible: visible, total: rows.count)
        for line in 0..<visible {
            let index = scroll + line
            guard rows.indices.contains(index) else { break }
            let y = rect.y + line
            let row = rows[index]
            var style: CellStyle
            let text: String
            switch row {
            case .article(let articleIndex):
                let article = inputs.articles[articleIndex]
                let marker = inputs.unfolded.contains(article.id) ? "▾ " : "▸ "
                text = marker + article.title
                style = articleIndex == inputs.openIndex ? theme.contentsOpenArticle : theme.contentsArticle
            case .section(let articleIndex, let section, let depth):
                let isCurrent = articleIndex == inputs.openIndex && section.slug == inputs.currentSlug
                text = String(repeating: "  ", count: depth + 1) + (isCurrent ? "• " : "  ") + section.title
                style = isCurrent ? theme.contentsCurrentSection : theme.contentsSection
            }
            if index == inputs.list.selection {
                style = theme.selected(style, focused: inputs.focused)
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            }
            canvas.putTruncating(" " + text, x: rect.x, y: y, style: style, limit: rect.width)
        }
    }
}
