import ArticleKit

extension Reader {
    /// `v`: the article being read, at its top line, or in the contents the
    /// selected article, at the selected section. An article still shown
    /// in part is edited at its start: its blocks past the part are not
    /// known yet.
    static func editArticle(_ state: inout AppState) -> [Effect] {
        if state.focus == .contents {
            guard state.contentsRows.indices.contains(state.contentsList.selection) else { return [] }
            let row = state.contentsRows[state.contentsList.selection]
            guard state.library.articles.indices.contains(row.articleIndex) else { return [] }
            let article = state.library.articles[row.articleIndex]
            var block = 0
            if case .section(_, let section, _) = row { block = section.blockIndex }
            return [.editArticle(fileName: article.fileName, blockIndex: block)]
        }
        guard let view = state.reading else { return [] }
        return [.editArticle(fileName: view.article.fileName, blockIndex: view.article.isPartial ? 0 : max(0, view.position.blockIndex))]
    }
}
