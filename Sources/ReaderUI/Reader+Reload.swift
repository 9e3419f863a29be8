import ArticleKit

extension Reader {
    /// Takes the library read again after its files changed on disk. The
    /// reader keeps its place: the open article by id at the same block
    /// and offset (clamped if the article got shorter), the selected row of
    /// the contents by what it names, the comparison's scope and filter. A
    /// problem the edit brought is shown as `file:line: message`; the last
    /// good version of an article that no longer loads stays (`LibraryReload`).
    static func libraryReloaded(_ state: inout AppState, _ reload: LibraryReload) -> [Effect] {
        let previous = state.library
        let selected = state.contentsRows.indices.contains(state.contentsList.selection)
            ? ContentsPlace(state.contentsRows[state.contentsList.selection], in: previous) : nil
        let open = state.reading.map { (id: $0.article.id, position: $0.position, slug: $0.highlightedSectionSlug) }

        state.library = reload.library
        state.libraryLoading = nil
        state.pendingStart = nil
        // Every index into the old library is gone with it: search results
        // and the search index are made again from the new one (the index
        // at once if it was made or asked for, else at the next `F`).
        state.search = nil
        state.resultsPane = nil
        if state.focus == .results { state.focus = .body }
        let indexWanted = state.searchIndex != nil || state.searchIndexPending
        state.searchIndex = nil
        state.searchIndexPending = false
        let indexAsked = indexWanted ? askForSearchIndex(&state) : []

        state.reading = nil
        var vanished: String?
        if let open {
            if let index = state.library.articles.firstIndex(where: { $0.id == open.id }) {
                state.open(articleIndex: index, at: open.position)
                state.reading?.highlightedSectionSlug = open.slug
            } else {
                vanished = previous.article(withID: open.id)?.fileName ?? open.id
                if !state.library.articles.isEmpty { state.open(articleIndex: 0) }
            }
        }
        if let selected, let row = selected.row(in: state.contentsRows, library: state.library) {
            state.contentsList.selection = row
        }
        state.keepContentsSelectionVisible()

        if var pane = state.comparison {
            var scope = pane.scope
            if case .article(let id) = scope, state.library.article(withID: id) == nil { scope = .library }
            pane.rebuild(library: state.library, scope: scope, topicID: pane.comparison.topicFilter, importance: state.records.importance)
            state.comparison = pane
        }
        keepBookmarkVisible(&state)
        refreshDecision(&state)
        if let message = reloadMessage(reload, vanished: vanished) { state.message = message }
        return indexAsked
    }

    private static func reloadMessage(_ reload: LibraryReload, vanished: String?) -> String? {
        var parts: [String] = []
        if let first = reload.newProblems.first {
            var text = reload.shortDescription(of: first)
            if !reload.keptFileNames.isEmpty { text += " (showing the last good version)" }
            if reload.newProblems.count > 1 { text += "; \(reload.newProblems.count - 1) more: run 'weigh check'" }
            parts.append(text)
        }
        if let vanished { parts.append("\(vanished) is no longer in the library") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}

/// A row of the contents named by what it shows rather than by index, so
/// it can be found again in a library read anew.
private struct ContentsPlace {
    var articleID: String
    var sectionSlug: String?

    init(_ row: ContentsRow, in library: Library) {
        switch row {
        case .article(let index):
            articleID = library.articles.indices.contains(index) ? library.articles[index].id : ""
        case .section(let index, let section, _):
            articleID = library.articles.indices.contains(index) ? library.articles[index].id : ""
            sectionSlug = section.slug
        }
    }

    func row(in rows: [ContentsRow], library: Library) -> Int? {
        guard let index = library.articles.firstIndex(where: { $0.id == articleID }) else { return nil }
        if let sectionSlug, let row = rows.firstIndex(where: {
            if case .section(index, let section, _) = $0 { return section.slug == sectionSlug }
            return false
        }) {
            return row
        }
        return rows.firstIndex(of: .article(index: index))
    }
}
