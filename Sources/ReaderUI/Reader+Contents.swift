import ArticleKit

extension Reader {
    static func updateContents(_ state: inout AppState, _ action: Action) {
        let rows = state.contentsRows
        let page = state.contentsRowsVisible
        switch action {
        case .lineDown: moveSelection(&state, to: state.contentsSelection + 1)
        case .lineUp: moveSelection(&state, to: state.contentsSelection - 1)
        case .pageDown: moveSelection(&state, to: state.contentsSelection + page)
        case .pageUp: moveSelection(&state, to: state.contentsSelection - page)
        case .halfPageDown: moveSelection(&state, to: state.contentsSelection + page / 2)
        case .halfPageUp: moveSelection(&state, to: state.contentsSelection - page / 2)
        case .top: moveSelection(&state, to: 0)
        case .bottom: moveSelection(&state, to: rows.count - 1)
        case .nextSection, .previousSection: jumpSection(&state, forward: action == .nextSection)
        case .open:
            guard rows.indices.contains(state.contentsSelection) else { return }
            openRow(&state, rows[state.contentsSelection])
        case .collapse:
            guard rows.indices.contains(state.contentsSelection) else { return }
            let articleIndex = rows[state.contentsSelection].articleIndex
            state.unfolded.remove(state.library.articles[articleIndex].id)
            state.selectContentsRow(for: articleIndex)
        case .expand:
            guard rows.indices.contains(state.contentsSelection) else { return }
            let row = rows[state.contentsSelection]
            let id = state.library.articles[row.articleIndex].id
            if case .article = row, state.unfolded.contains(id) {
                moveSelection(&state, to: state.contentsSelection + 1)
            } else {
                state.unfolded.insert(id)
            }
        default: break
        }
    }

    static func moveSelection(_ state: inout AppState, to row: Int) {
        state.contentsSelection = row
        state.keepContentsSelectionVisible()
    }

    static func scrollContents(_ state: inout AppState, by delta: Int) {
        let count = state.contentsRows.count
        state.contentsScroll = min(max(0, state.contentsScroll + delta), max(0, count - state.contentsRowsVisible))
    }

    /// Opens the article or section of a contents row and gives the
    /// article the keyboard.
    static func openRow(_ state: inout AppState, _ row: ContentsRow) {
        let selected = state.contentsSelection
        switch row {
        case .article(let index):
            if state.reading?.articleIndex != index { state.open(articleIndex: index) }
        case .section(let index, let section, _):
            let article = state.library.articles[index]
            state.open(articleIndex: index, at: ReadingPosition(articleID: article.id, blockIndex: section.blockIndex))
            state.reading?.highlightedSectionSlug = section.slug
        }
        state.contentsSelection = selected
        state.keepContentsSelectionVisible()
        state.focus = .body
    }

    static func click(_ state: inout AppState, x: Int, y: Int) {
        let layout = state.layout
        if let contents = layout.contents, contents.contains(x: x, y: y) {
            let row = state.contentsScroll + (y - contents.y)
            let rows = state.contentsRows
            guard rows.indices.contains(row) else { return }
            state.focus = .contents
            state.contentsSelection = row
            openRow(&state, rows[row])
            if !layout.isSideBySide { state.focus = .body }
        } else if layout.body?.contains(x: x, y: y) == true {
            state.focus = .body
        }
    }
}
