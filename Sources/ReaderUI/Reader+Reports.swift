import ArticleKit
import DecisionKit

/// What the reader does with reports from the store and background work,
/// and the background work it asks for.
extension Reader {
    static func absorb(_ state: inout AppState, _ report: Report) -> [Effect] {
        switch report {
        case .bookmarksChanged(let bookmarks):
            state.bookmarks = bookmarks
            keepBookmarkVisible(&state)
            refreshDecision(&state)
        case .notice(let text):
            state.message = text
        case .bookmarksUnavailable(let why):
            state.bookmarksUnavailable = why
            state.message = why
        case .searchIndexReady(let box):
            state.searchIndex = box.index
            state.searchIndexPending = false
            if let query = state.waitingLibraryQuery {
                state.waitingLibraryQuery = nil
                return searchLibrary(&state, query: query)
            }
        case .libraryGrew(let update):
            libraryGrew(&state, update)
            refreshDecision(&state)
        case .editorFinished(let outcome):
            return editorFinished(&state, outcome)
        case .libraryReloaded(let reload):
            return libraryReloaded(&state, reload)
        case .recordsChanged(let records):
            state.records = records
            if var pane = state.comparison, pane.mattersFirst {
                pane.reorder(by: records.importance)
                state.comparison = pane
            }
            // A new note adds rows under its claim; keep them in view.
            keepSelectedClaimVisible(&state)
            refreshDecision(&state)
        }
        return []
    }

    /// Once the first frame is drawn: where the app can work in the
    /// background (`AppState.loadsInBackground`), the rest of the library
    /// is asked for now, so it never competes with that frame. The search
    /// index waits for the first library search (`startLibraryFind`).
    public static func firstFrameDrawn(_ state: inout AppState) -> [Effect] {
        guard state.loadsInBackground, !state.backgroundLoadAsked else { return [] }
        state.backgroundLoadAsked = true
        return [.loadInBackground]
    }

    /// Asks the app for the search index when it is neither here nor on its
    /// way (and the app can build it in the background).
    static func askForSearchIndex(_ state: inout AppState) -> [Effect] {
        guard state.loadsInBackground, state.searchIndex == nil, !state.searchIndexPending else { return [] }
        state.searchIndexPending = true
        return [.buildSearchIndex]
    }
}
