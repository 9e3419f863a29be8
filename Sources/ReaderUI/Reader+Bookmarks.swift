import ArticleKit

extension Reader {
    /// Whether the store can keep what the person is about to write; if
    /// not, says why at once, so nothing is typed only to be lost.
    static func storeCanKeep(_ state: inout AppState) -> Bool {
        guard let why = state.bookmarksUnavailable else { return true }
        state.message = why
        return false
    }

    /// `m`: asks for a label for a bookmark at the top line of the article.
    static func startBookmark(_ state: inout AppState) {
        guard storeCanKeep(&state) else { return }
        guard let reading = state.reading, !reading.isEmpty else {
            state.message = "Open an article to bookmark a place in it"
            return
        }
        let position = reading.position
        let section = reading.currentSection.map(\.title)
        let excerpt = Self.excerpt(at: position, in: reading.article)
        let suggestion = section ?? reading.article.title
        state.prompt = Prompt(purpose: .newBookmark(position: position, sectionTitle: section, excerpt: excerpt),
                              question: "Bookmark label", text: suggestion)
    }

    /// About 80 characters of the block at `position`, from its offset.
    static func excerpt(at position: ReadingPosition, in article: Article) -> String {
        guard var block = article.body.block(at: position.blockIndex) else { return "" }
        var index = position.blockIndex
        // A heading says less than the text under it.
        if case .heading = block, let next = article.body.block(at: index + 1) {
            index += 1
            block = next
        }
        let text = block.plainText.split(whereSeparator: \.isNewline).joined(separator: " ")
        let start = index == position.blockIndex ? max(0, min(position.offset, text.count)) : 0
        let slice = text.dropFirst(start).prefix(80)
        return String(slice) + (text.count - start > 80 ? "…" : "")
    }

    static func toggleBookmarks(_ state: inout AppState) {
        if state.bookmarksPane != nil {
            state.bookmarksPane = nil
            if state.focus == .bookmarks { state.focus = .body }
        } else {
            state.bookmarksPane = BookmarksPane()
            state.focus = .bookmarks
            if state.bookmarks.isEmpty {
                state.message = state.bookmarksUnavailable ?? "No bookmarks yet: press \(state.keymap.spokenKey(for: .addBookmark, in: .body)) in an article to add one"
            }
        }
        state.reflowIfNeeded()
    }

    static func updateBookmarks(_ state: inout AppState, _ action: Action) -> [Effect] {
        guard var pane = state.bookmarksPane else { return [] }
        let ordered = BookmarkList.ordered(state.bookmarks)
        let count = ordered.count
        defer {
            if state.bookmarksPane != nil {
                pane.list.select(pane.list.selection, count: count)
                state.bookmarksPane = pane
                keepBookmarkVisible(&state)
            }
        }
        let selected = ordered.indices.contains(pane.list.selection) ? ordered[pane.list.selection] : nil
        // A bookmark takes two rows and its article's heading one more.
        let page = max(1, (state.bookmarkRowsVisible + 1) / 3)
        switch action {
        case .lineDown: pane.list.selection += 1
        case .lineUp: pane.list.selection -= 1
        case .pageDown, .halfPageDown: pane.list.selection += page
        case .pageUp, .halfPageUp: pane.list.selection -= page
        case .top: pane.list.selection = 0
        case .bottom: pane.list.selection = count - 1
        case .open:
            guard let selected else { return [] }
            state.bookmarksPane = pane
            jump(&state, to: selected)
            pane = state.bookmarksPane ?? pane
        case .deleteBookmark:
            guard let selected else { return [] }
            pane.deleted.append(selected)
            state.message = "Deleted “\(selected.name)” — u brings it back"
            return [.deleteBookmark(id: selected.id)]
        case .undoDelete:
            guard let restored = pane.deleted.popLast() else {
                state.message = "Nothing to undo"
                return []
            }
            state.message = "Restored “\(restored.name)”"
            return [.restoreBookmark(restored)]
        case .renameBookmark:
            guard let selected else { return [] }
            state.prompt = Prompt(purpose: .rename(id: selected.id), question: "New label", text: selected.label ?? "")
        case .writeNote:
            guard let selected, storeCanKeep(&state) else { return [] }
            state.prompt = Prompt(purpose: .note(.bookmark(id: selected.id)), question: "Note on “\(selected.name)”", text: "")
        default: break
        }
        return []
    }

    /// Opens a bookmark's article at its place, or the nearest place that
    /// still exists, and says which.
    static func jump(_ state: inout AppState, to bookmark: BookmarkEntry) {
        switch BookmarkTarget.resolve(bookmark, in: state.library) {
        case .missingArticle:
            state.message = "“\(bookmark.position.articleID)” is no longer in the library; the bookmark is kept"
        case .exact(let index, let position):
            state.open(articleIndex: index, at: position)
            state.focus = .body
            state.message = "At “\(bookmark.name)”"
        case .moved(let index, let position):
            state.open(articleIndex: index, at: position)
            state.focus = .body
            state.message = "The article changed; opened “\(bookmark.name)” at its section"
        }
        if !state.layout.isSideBySide { state.focus = .body }
    }

    static func keepBookmarkVisible(_ state: inout AppState) {
        guard var pane = state.bookmarksPane else { return }
        defer { state.bookmarksPane = pane }
        // The list can shrink under the selection: deleting the last
        // bookmark selects the one before it.
        pane.list.select(pane.list.selection, count: state.bookmarks.count)
        let rows = BookmarkList.rows(for: BookmarkList.ordered(state.bookmarks), library: state.library)
        guard let row = rows.firstIndex(of: .bookmark(index: pane.list.selection)) else {
            pane.list.scroll = 0
            return
        }
        // The bookmark's two rows, and its article's heading when it is
        // the article's first bookmark.
        let top = row > 0 && rows[row - 1] != .excerpt(index: pane.list.selection - 1) ? row - 1 : row
        pane.list.reveal(first: top, last: row + 1, visible: state.bookmarkRowsVisible, total: rows.count)
    }
}
