import ArticleKit

extension Reader {
    /// `/`: a prompt that searches the open article as you type.
    static func startFind(_ state: inout AppState) {
        guard let reading = state.reading else { return }
        state.prompt = Prompt(purpose: .findInArticle(originTop: reading.top), question: "Search", text: "")
    }

    /// Recomputes the matches for `query` and shows the first one at or
    /// after `line` (the place the search started from).
    static func searchArticle(_ state: inout AppState, query: String, from line: LinePosition) {
        guard let reading = state.reading else { return }
        let previous = state.search.flatMap { $0.query.isEmpty ? nil : $0 }
        var search = ArticleSearch(query: query, article: reading.article, refining: previous)
        if let (hit, _) = search.next(after: line, strictly: false, in: reading) {
            search.current = hit
            state.search = search
            show(&state, hit: hit)
        } else {
            state.search = search
            if !query.isEmpty { state.message = "No match for “\(query)”" }
        }
    }

    /// `n` / `N`: the next or previous match, wrapping with a notice.
    static func findAgain(_ state: inout AppState, forward: Bool) {
        guard let search = state.search, let reading = state.reading else {
            if let query = state.lastQuery, let reading = state.reading {
                searchArticle(&state, query: query, from: reading.top)
            } else {
                state.message = noSearchYet(state, in: .body)
            }
            return
        }
        let anchor = search.current?.first ?? reading.top
        let found = forward
            ? search.next(after: anchor, strictly: search.current != nil, in: reading)
            : search.previous(before: anchor, in: reading)
        guard let (hit, wrapped) = found else {
            state.message = "No match for “\(search.query)”"
            return
        }
        state.search?.current = hit
        show(&state, hit: hit)
        if wrapped { state.message = searchWrapped(forward: forward) }
    }

    /// Scrolls so the match is in view, two lines below the top (like less,
    /// with a little context).
    static func show(_ state: inout AppState, hit: SearchHit) {
        guard var reading = state.reading else { return }
        let rows = state.bodyTextSize.height
        let bottom = reading.position(reading.top, movedBy: max(1, rows) - 1)
        if hit.first < reading.top || hit.first > bottom {
            reading.scroll(to: reading.position(hit.first, movedBy: -2), rows: rows)
            state.reading = reading
        }
    }

    /// `F`: a prompt for a search of the whole library; the index, if not
    /// made yet, is built while the query is typed.
    static func startLibraryFind(_ state: inout AppState) -> [Effect] {
        state.prompt = Prompt(purpose: .findInLibrary, question: "Search all articles", text: "")
        return askForSearchIndex(&state)
    }

    static func searchLibrary(_ state: inout AppState, query: String) -> [Effect] {
        let asked = askForSearchIndex(&state)
        if state.searchIndex == nil && state.searchIndexPending {
            // The index is still being built: answer now, search when it lands.
            state.waitingLibraryQuery = query
            state.lastQuery = query
            state.message = "Indexing the library… the results will open when it is ready"
            return asked
        }
        if state.searchIndex == nil { state.searchIndex = LibrarySearchIndex(state.library) }
        let results = state.searchIndex?.search(query, limit: 500) ?? []
        state.lastQuery = query
        state.resultsPane = ResultsPane(query: query, results: results)
        state.bookmarksPane = nil
        state.focus = .results
        state.message = results.isEmpty ? "No results for “\(query)”" : "\(results.count) \(results.count == 1 ? "result" : "results") for “\(query)”"
        state.reflowIfNeeded()
        return []
    }

    static func updateResults(_ state: inout AppState, _ action: Action) {
        guard var pane = state.resultsPane else { return }
        let count = pane.results.count
        let page = state.resultsVisible
        let selection = pane.list.selection
        switch action {
        case .lineDown: pane.list.select(selection + 1, count: count)
        case .lineUp: pane.list.select(selection - 1, count: count)
        case .pageDown, .halfPageDown: pane.list.select(selection + page, count: count)
        case .pageUp, .halfPageUp: pane.list.select(selection - page, count: count)
        case .top: pane.list.select(0, count: count)
        case .bottom: pane.list.select(count - 1, count: count)
        case .open:
            guard pane.results.indices.contains(selection) else { return }
            state.resultsPane = pane
            openResult(&state, pane.results[selection], query: pane.query)
            return
        default: break
        }
        state.resultsPane = pane
        keepResultVisible(&state)
    }

    static func keepResultVisible(_ state: inout AppState) {
        guard var pane = state.resultsPane else { return }
        let count = pane.results.count
        pane.list.select(pane.list.selection, count: count)
        pane.list.reveal(first: pane.list.selection, last: pane.list.selection, visible: state.resultsVisible, total: count)
        state.resultsPane = pane
    }

    /// Opens a result's article at its block, with the query as the
    /// article's search so `n`/`N` continue from there.
    static func openResult(_ state: inout AppState, _ result: SearchResult, query: String) {
        guard let index = state.library.articles.firstIndex(where: { $0.id == result.articleID }) else { return }
        state.open(articleIndex: index, at: ReadingPosition(articleID: result.articleID, blockIndex: result.blockIndex))
        state.focus = .body
        guard let reading = state.reading else { return }
        searchArticle(&state, query: query, from: reading.firstLine(ofBlock: result.blockIndex))
        if let search = state.search, let number = search.currentNumber { state.message = "match \(number) of \(search.total)" }
    }

    /// `n` or `N` before any search, in the article or a list pane.
    static func noSearchYet(_ state: AppState, in scope: KeyScope) -> String {
        "No search yet: press \(state.keymap.spokenKey(for: .find, in: scope)) to search"
    }

    /// `n` or `N` went past the last match (or before the first).
    static func searchWrapped(forward: Bool) -> String {
        forward ? "Search wrapped to the top" : "Search wrapped to the end"
    }
}
