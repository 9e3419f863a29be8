import ArticleKit

/// The article pane: the visible slice of the laid-out article, styled by
/// the theme, with marks in the left margin: `◆` beside a bookmarked line,
/// `▶` beside a section just jumped to.
enum BodyView {
    static func draw(into canvas: inout Canvas, rect: Rect, state: AppState, theme: Theme) {
        guard let reading = state.reading else {
            canvas.put("The library has no articles. Run 'weigh check' to see why.", x: rect.x + 1, y: rect.y, style: theme.warning, limit: rect.width - 1)
            return
        }
        let text = ScreenLayout.textRect(in: rect, maximumWidth: state.maximumTextWidth)
        var highlightBlock: Int?
        if let slug = reading.highlightedSectionSlug {
            highlightBlock = reading.article.section(withSlug: slug)?.blockIndex
        }
        let visible = reading.lines(from: reading.top, count: text.height)
        let highlights = SearchHighlights(search: state.search, reading: reading, visible: visible.map(\.position))
        let shownBlocks = (visible.first?.position.block ?? 0)...(visible.last?.position.block ?? 0)
        let bookmarkedLines = Set(state.bookmarks
            .filter { $0.position.articleID == reading.article.id && shownBlocks.contains($0.position.blockIndex) }
            .map { reading.line(for: $0.position) })
        for (row, (index, line)) in visible.enumerated() {
            var x = text.x
            for run in line.runs {
                x += canvas.put(run.text, x: x, y: text.y + row, style: theme.style(for: run.style), limit: text.x + text.width - x)
            }
            for (part, isCurrent) in highlights.parts(onLine: index) {
                let lineText = line.runs.map(\.text).joined()
                let before = lineText.prefix(part.start)
                let matched = lineText.dropFirst(part.start).prefix(part.length)
                let area = Rect(x: text.x + DisplayWidth.of(before), y: text.y + row, width: DisplayWidth.of(matched), height: 1)
                let look = isCurrent ? theme.currentMatch : theme.match
                canvas.restyle(area) { style in
                    style.reverse = look.reverse
                    style.bold = style.bold || look.bold
                    style.underline = style.underline || look.underline
                    if look.foreground != nil { style.foreground = look.foreground }
                }
            }
            if bookmarkedLines.contains(index) {
                canvas.put("◆", x: rect.x, y: text.y + row, style: theme.bookmarkMark)
            } else if line.blockIndex == highlightBlock, line.offset == 0 {
                canvas.put("▶", x: rect.x, y: text.y + row, style: theme.sectionMark)
            }
        }
    }
}
