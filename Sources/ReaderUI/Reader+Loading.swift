import ArticleKit

extension Reader {
    /// Takes a library that grew in the background. Articles only ever join
    /// at the end (files load in name order), or take the place of their
    /// partial selves (a long article shown by its first piece), so every
    /// index the state holds stays valid; the start position opens when
    /// its article (or the part of it) lands, unless the reader has
    /// already pressed a key.
    static func libraryGrew(_ state: inout AppState, _ update: LibraryUpdate) {
        // The selected row stays selected: a whole article's sections may
        // come in above it.
        let selected = state.contentsRows.indices.contains(state.contentsList.selection) ? state.contentsRows[state.contentsList.selection] : nil
        state.library = update.library
        if let selected, let row = state.contentsRows.firstIndex(of: selected) { state.contentsList.selection = row }
        state.libraryLoading = update.progress
        state.takeWholeOpenArticle()
        if let start = state.pendingStart,
           let index = state.library.articles.firstIndex(where: { $0.id == start.articleID }) {
            state.pendingStart = nil
            state.open(articleIndex: index, at: start)
        } else if update.progress == nil {
            state.pendingStart = nil
        }
        if state.reading == nil, !state.library.articles.isEmpty {
            state.open(articleIndex: 0)
        }
        // The comparison is built again once, when the library is whole:
        // for 100,000 articles a build takes longer than the gap between
        // updates, and the status line says loading is still going on.
        if update.progress == nil, var pane = state.comparison {
            pane.rebuild(library: state.library, scope: pane.scope, topicID: pane.comparison.topicFilter, importance: state.records.importance)
            state.comparison = pane
        }
        state.keepContentsSelectionVisible()
    }
}
