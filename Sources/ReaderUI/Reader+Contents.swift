import ArticleKit

extension Reader {
    static func updateContents(_ state: inout AppState, _ action: Action) {
        let rows = state.contentsRows
        let page = state.contentsRowsVisible
        let selection = state.contentsList.selection
        switch action {
        case .lineDown: moveSelection(&state, to: selection + 1)
        case .lineUp: moveSelection(&state, to: selection - 1)
        case .pageDown: moveSelection(&state, to: selection + page)
        case .pageUp: moveSelection(&state, to: selection - page)
        case .halfPageDown: moveSelection(&state, to: selection + page / 2)
        case .halfPageUp: moveSelection(&state, to: selection - page / 2)
        case .top: moveSelection(&state, to: 0)
        case .bottom: moveSelection(&state, to: rows.count - 1)
        case .nextSection, .previousSection: jumpSection(&state, forward: action == .nextSection)
        case .open:
            guard rows.indices.contains(selection) else { return }
            openRow(&state, rows[selection])
        case .collapse:
            guard rows.indices.contains(selection) else { return }
            let articleIndex = rows[selection].articleIndex
            state.unfolded.remove(state.library.articles[articleIndex].id)
            state.selectContentsRow(for: articleIndex)
        case .expand:
            guard rows.indices.contains(selection) else { return }
            let row = rows[selection]
            let id = state.library.articles[row.articleIndex].id
            if case .article = row, state.unfolded.contains(id) {
                moveSelection(&state, to: selection + 1)
            } else {
                state.unfolded.insert(id)
            }
        default: break
        }
    }

    static func moveSelection(_ state: inout AppState, to row: Int) {
        state.contentsList.selection = row
        state.keepContentsSelectionVisible()
    }

    static func scrollContents(_ state: inout AppState, by delta: Int) {
        state.contentsList.scroll(by: delta, visible: state.contentsRowsVisible, total: state.contentsRows.count)
    }

    /// Opens the article or section of a contents row and gives the
    /// article the keyboard.
    static func openRow(_ state: inout AppState, _ row: ContentsRow) {
        let selected = state.contentsList.selection
        switch row {
        case .article(let index):
            if state.reading?.articleIndex != index { state.open(articleIndex: index) }
        case .section(let index, let section, _):
            let article = state.library.articles[index]
            state.open(articleIndex: index, at: ReadingPosition(articleID: article.id, blockIndex: section.blockIndex))
            state.reading?.highlightedSectionSlug = section.slug
        }
        state.contentsList.selection = selected
        state.keepContentsSelectionVisible()
        state.focus = .body
    }

    static func click(_ state: inout AppState, x: Int, y: Int) {
        let layout = state.layout
        if let contents = layout.contents, contents.contains(x: x, y: y) {
            let rows = state.contentsRows
            let row = state.contentsList.drawnScroll(visible: PaneRows.contents(in: contents), total: rows.count) + (y - contents.y)
            guard rows.indices.contains(row) else { return }
            state.focus = .contents
            state.contentsList.selection = row
            openRow(&state, rows[row])
            if !layout.isSideBySide { state.focus = .body }
        } else if layout.body?.contains(x: x, y: y) == true {
            state.focus = .body
        }
    }
}
