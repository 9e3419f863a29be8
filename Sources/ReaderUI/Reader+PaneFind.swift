import ArticleKit

/// `/`, `n` and `N` in the contents, the comparison, the bookmarks and My
/// decision: the selection jumps among the pane's entries (`PaneFind`).
/// The article's own search is in Reader+Search.
extension Reader {
    /// The panes whose entries `/` searches.
    static func findsInPane(_ scope: KeyScope) -> Bool {
        [.contents, .comparison, .bookmarks, .decision].contains(scope)
    }

    /// `/` in a list pane: a prompt that moves the selection as you type.
    static func startPaneFind(_ state: inout AppState) {
        let pane = state.keyScope
        guard findsInPane(pane), let list = paneList(state, pane) else { return }
        let find = PaneFind(pane: pane, originEntry: selectedEntry(state, pane), originList: list, originUnfolded: state.unfolded)
        state.prompt = Prompt(purpose: .findInPane(find), question: "Search \(paneWhat(pane))", text: "")
    }

    /// As the query is typed: the first match after the entry selected
    /// when `/` was pressed. No match leaves the selection where it is;
    /// an empty query puts it back.
    static func searchPane(_ state: inout AppState, _ find: PaneFind, query: String) {
        guard !TextMatcher(query: query).isEmpty else {
            restore(&state, find)
            return
        }
        guard let match = PaneFind.find(query, in: entryTexts(state, find.pane), after: find.originEntry) else {
            state.message = noMatch(find.pane, query)
            return
        }
        // Only the article the match needs is unfolded, not every article
        // an earlier, shorter query passed through.
        if find.pane == .contents { state.unfolded = find.originUnfolded }
        select(&state, find.pane, entry: match.entry)
    }

    /// Enter: the query is remembered for `n` and `N`, here and in the
    /// other panes, and the status line says which match this is.
    static func acceptPaneFind(_ state: inout AppState, _ find: PaneFind, text: String) {
        let query = text.isEmpty ? (state.lastQuery ?? "") : text
        guard !TextMatcher(query: query).isEmpty else {
            restore(&state, find)
            return
        }
        state.lastQuery = query
        if text.isEmpty { searchPane(&state, find, query: query) }
        let texts = entryTexts(state, find.pane)
        if let (number, total) = PaneFind.number(of: selectedEntry(state, find.pane), query, in: texts) {
            state.message = "match \(number) of \(total)"
        } else {
            state.message = noMatch(find.pane, query)
        }
    }

    /// `n` / `N` in a list pane: the next or previous entry holding the
    /// last query, wrapping with a notice; none: the selection stays.
    static func findAgainInPane(_ state: inout AppState, forward: Bool) {
        let pane = state.keyScope
        guard let query = state.lastQuery, !TextMatcher(query: query).isEmpty else {
            state.message = noSearchYet(state, in: pane)
            return
        }
        guard let match = PaneFind.find(query, in: entryTexts(state, pane), after: selectedEntry(state, pane), forward: forward) else {
            state.message = noMatch(pane, query)
            return
        }
        select(&state, pane, entry: match.entry)
        if match.wrapped { state.message = searchWrapped(forward: forward) }
    }

    /// Esc (or an emptied query): the pane as it was when `/` was pressed.
    static func restore(_ state: inout AppState, _ find: PaneFind) {
        switch find.pane {
        case .contents:
            state.unfolded = find.originUnfolded
            state.contentsList = find.originList
            state.keepContentsSelectionVisible()
        case .comparison:
            state.comparison?.list = find.originList
            keepSelectedClaimVisible(&state)
        case .bookmarks:
            state.bookmarksPane?.list = find.originList
            keepBookmarkVisible(&state)
        case .decision:
            guard case .decision(var pane) = state.overlay else { return }
            pane.list = find.originList
            state.overlay = .decision(pane)
        default:
            break
        }
    }

    // MARK: The entries of each pane

    /// What `/` searches in a pane, for the prompt.
    static func paneWhat(_ pane: KeyScope) -> String {
        switch pane {
        case .contents: "titles and headings"
        case .comparison: "claims"
        case .bookmarks: "bookmarks"
        case .decision: "my decision"
        default: ""
        }
    }

    static func noMatch(_ pane: KeyScope, _ query: String) -> String {
        switch pane {
        case .contents: "No title or heading matches “\(query)”"
        case .comparison: "No claim shown matches “\(query)”"
        case .bookmarks: "No bookmark matches “\(query)”"
        case .decision: "Nothing in my decision matches “\(query)”"
        default: "No match for “\(query)”"
        }
    }

    static func paneList(_ state: AppState, _ pane: KeyScope) -> ListViewport? {
        switch pane {
        case .contents: state.contentsList
        case .comparison: state.comparison?.list
        case .bookmarks: state.bookmarksPane?.list
        case .decision: if case .decision(let pane) = state.overlay { pane.list } else { nil }
        default: nil
        }
    }

    /// Every article title and section heading, in the contents' order,
    /// whether the article is folded or not: a heading inside a folded
    /// article is found, and the article unfolded to show it.
    static func contentsEntries(_ library: Library) -> [ContentsRow] {
        ContentsRow.rows(for: library, unfolded: Set(library.articles.map(\.id)))
    }

    /// The text searched for each entry: a title or heading; a claim as
    /// the pane shows it (its text, and its source's tag across the
    /// library); a bookmark's label, section and excerpt.
    static func entryTexts(_ state: AppState, _ pane: KeyScope) -> [String] {
        switch pane {
        case .contents:
            return contentsEntries(state.library).map { row in
                switch row {
                case .article(let index): state.library.articles[index].title
                case .section(_, let section, _): section.title
                }
            }
        case .comparison:
            guard let comparison = state.comparison?.comparison else { return [] }
            let sources = Dictionary(comparison.sources.map { ($0.number, $0.source) }, uniquingKeysWith: { first, _ in first })
            return comparison.claims.map { claim in
                guard comparison.scope == .library else { return claim.claim.text }
                return claim.claim.text + " " + SourceWording.tag(number: claim.sourceNumber, source: sources[claim.sourceNumber] ?? nil)
            }
        case .bookmarks:
            return BookmarkList.ordered(state.bookmarks).map { bookmark in
                [bookmark.label, bookmark.sectionTitle, bookmark.excerpt].compactMap { $0 }.joined(separator: " · ")
            }
        case .decision:
            guard case .decision(let pane) = state.overlay else { return [] }
            let page = pane.page
            return page.itemLines.map { lines in lines.map { page.lines[$0].map(\.text).joined() }.joined(separator: " ") }
        default:
            return []
        }
    }

    /// The selected entry's index among `entryTexts`.
    static func selectedEntry(_ state: AppState, _ pane: KeyScope) -> Int {
        switch pane {
        case .contents:
            let rows = state.contentsRows
            guard rows.indices.contains(state.contentsList.selection) else { return -1 }
            return contentsEntries(state.library).firstIndex(of: rows[state.contentsList.selection]) ?? -1
        case .comparison: return state.comparison?.list.selection ?? -1
        case .bookmarks: return state.bookmarksPane?.list.selection ?? -1
        case .decision: return paneList(state, .decision)?.selection ?? -1
        default: return -1
        }
    }

    /// Selects entry `entry` and brings it into view, unfolding its
    /// article in the contents when it is a section of a folded one.
    static func select(_ state: inout AppState, _ pane: KeyScope, entry: Int) {
        switch pane {
        case .contents:
            let entries = contentsEntries(state.library)
            guard entries.indices.contains(entry) else { return }
            let row = entries[entry]
            if case .section(let index, _, _) = row { state.unfolded.insert(state.library.articles[index].id) }
            guard let selection = state.contentsRows.firstIndex(of: row) else { return }
            moveSelection(&state, to: selection)
        case .comparison:
            state.comparison?.list.selection = entry
            keepSelectedClaimVisible(&state)
        case .bookmarks:
            state.bookmarksPane?.list.selection = entry
            keepBookmarkVisible(&state)
        case .decision:
            guard case .decision(var pane) = state.overlay else { return }
            pane.list.selection = entry
            keepDecisionItemVisible(&pane, size: state.size)
            state.overlay = .decision(pane)
        default:
            break
        }
    }
}
