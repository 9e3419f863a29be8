import ArticleKit

/// The reader's logic: turns events into actions, applies actions and
/// reports to the state, and says what the outside world must do. Pure
/// functions of their inputs, like Bubble Tea's `Update`.
public enum Reader {
    /// What an input event does to the state, and the effects that follow;
    /// nil when it means nothing here (an unbound key).
    public static func handle(_ event: InputEvent, _ state: inout AppState) -> [Effect]? {
        if case .report(let report) = event { return receive(&state, report) }
        guard let action = action(for: event, in: state) else { return nil }
        return update(&state, action)
    }

    /// The action an input event asks for, if any (a report asks for none).
    public static func action(for event: InputEvent, in state: AppState) -> Action? {
        switch event {
        case .key(let key) where state.prompt != nil: .promptKey(key)
        case .key(let key): state.keymap.action(for: key, in: state.keyScope)
        case .resize(let size): .resize(size)
        case .report: nil
        case .paste(let text): .paste(text)
        case .mouse(let mouse):
            switch mouse.kind {
            case .press: .click(x: mouse.x, y: mouse.y)
            case .wheelUp: .wheel(x: mouse.x, y: mouse.y, lines: -3)
            case .wheelDown: .wheel(x: mouse.x, y: mouse.y, lines: 3)
            }
        }
    }

    /// Applies `action` and returns what the outside world must do.
    public static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
        savingPlace(&state) { apply(&$0, action) }
    }

    /// Takes in what the store or background work reports.
    public static func receive(_ state: inout AppState, _ report: Report) -> [Effect] {
        savingPlace(&state) { absorb(&$0, report) }
    }

    /// Runs `change` and adds the saves it calls for: any change of reading
    /// position becomes a save effect (immediate when an article is left),
    /// so the place is never lost. A place in an article shown in part is
    /// not saved: it may stand for a saved place further on that is
    /// waiting for the whole article.
    private static func savingPlace(_ state: inout AppState, _ change: (inout AppState) -> [Effect]) -> [Effect] {
        let before = state.reading
        var effects = change(&state)
        if let after = state.reading, after.position != before?.position {
            if let before, before.position.articleID != after.position.articleID, let left = before.savablePosition {
                state.savedPositions[left.articleID] = left
                effects.insert(.saveReadingPosition(left, now: true), at: 0)
            }
            if let place = after.savablePosition {
                state.savedPositions[place.articleID] = place
                effects.insert(.saveReadingPosition(place, now: false), at: 0)
            }
        }
        if effects.contains(.quit), let last = state.reading?.savablePosition {
            effects.insert(.saveReadingPosition(last, now: true), at: 0)
        }
        return effects
    }

    private static func apply(_ state: inout AppState, _ action: Action) -> [Effect] {
        if case .promptKey(let key) = action {
            state.message = nil
            state.pendingStart = nil
            return updatePrompt(&state, key: key)
        }
        if case .paste(let text) = action {
            state.pendingStart = nil
            return paste(&state, text)
        }
        state.message = nil
        if case .resize = action {} else { state.pendingStart = nil }
        if case .help = state.overlay {
            return updateHelp(&state, action)
        }
        if case .decision = state.overlay {
            return updateDecision(&state, action)
        }
        if case .links = state.overlay {
            return updateLinks(&state, action)
        }
        switch action {
        case .quit:
            return [.quit]
        case .find:
            if findsInPane(state.keyScope) { startPaneFind(&state) } else { startFind(&state) }
        case .findNext, .findPrevious:
            if findsInPane(state.keyScope) {
                findAgainInPane(&state, forward: action == .findNext)
            } else {
                findAgain(&state, forward: action == .findNext)
            }
        case .findInLibrary:
            return startLibraryFind(&state)
        case .closeResults:
            state.resultsPane = nil
            if state.focus == .results { state.focus = .body }
            state.reflowIfNeeded()
        case .addBookmark:
            startBookmark(&state)
        case .toggleBookmarks:
            toggleBookmarks(&state)
        case .resize(let size):
            state.size = size
            state.reflowIfNeeded()
            keepSelectionsVisible(&state)
        case .showHelp:
            state.overlay = .help(scroll: 0)
        case .showLinks:
            showLinks(&state)
        case .showDecision:
            state.overlay = .decision(DecisionPane(state: state))
        case .closeOverlay:
            state.overlay = nil
        case .focusNext, .focusPrevious:
            if state.comparison != nil {
                state.focus = state.focus == .comparison ? .body : .comparison
            } else if state.resultsPane != nil {
                state.focus = state.focus == .results ? .body : .results
            } else if state.bookmarksPane != nil {
                state.focus = state.focus == .bookmarks ? .body : .bookmarks
            } else {
                state.focus = state.focus == .body ? .contents : .body
            }
            if state.focus == .contents && state.contentsHidden {
                state.contentsHidden = false
                state.reflowIfNeeded()
            }
        case .toggleContents:
            state.contentsHidden.toggle()
            if state.contentsHidden { state.focus = .body }
            state.reflowIfNeeded()
        case .click(let x, let y):
            click(&state, x: x, y: y)
        case .wheel(let x, let y, let lines):
            let layout = state.layout
            if let contents = layout.contents, contents.contains(x: x, y: y) {
                scrollContents(&state, by: lines)
            } else if let comparison = layout.comparison, comparison.contains(x: x, y: y), var pane = state.comparison {
                pane.list.scroll(by: lines, visible: state.comparisonRowsVisible, total: comparisonRows(state).count)
                state.comparison = pane
            } else if layout.body?.contains(x: x, y: y) == true {
                scrollBody(&state, by: lines)
            }
        case .toggleComparison:
            toggleComparison(&state)
        case .back:
            back(&state)
        case .editArticle:
            return editArticle(&state)
        default:
            switch state.focus {
            case .contents: updateContents(&state, action)
            case .body: updateBody(&state, action)
            case .comparison: return updateComparison(&state, action)
            case .bookmarks: return updateBookmarks(&state, action)
            case .results: updateResults(&state, action)
            }
        }
        return []
    }

    /// After a resize: panes change height and claims rewrap, so every
    /// list keeps its selection in view and its scroll within its rows
    /// (the contents' is kept by `reflowIfNeeded`).
    static func keepSelectionsVisible(_ state: inout AppState) {
        keepSelectedClaimVisible(&state)
        keepBookmarkVisible(&state)
        keepResultVisible(&state)
    }

    private static func updateHelp(_ state: inout AppState, _ action: Action) -> [Effect] {
        guard case .help(let scroll) = state.overlay else { return [] }
        let page = HelpOverlayView.visibleRows(size: state.size, keymap: state.keymap)
        let limit = HelpOverlayView.lastScroll(size: state.size, keymap: state.keymap)
        switch action {
        case .closeOverlay, .showHelp, .quit: state.overlay = nil
        case .lineDown: state.overlay = .help(scroll: min(limit, scroll + 1))
        case .lineUp: state.overlay = .help(scroll: max(0, scroll - 1))
        case .pageDown: state.overlay = .help(scroll: min(limit, scroll + page))
        case .pageUp: state.overlay = .help(scroll: max(0, scroll - page))
        case .top: state.overlay = .help(scroll: 0)
        case .bottom: state.overlay = .help(scroll: limit)
        case .resize(let size):
            state.size = size
            state.reflowIfNeeded()
            keepSelectionsVisible(&state)
            // A taller screen shows more help: the scroll may not pass the
            // new last page.
            state.overlay = .help(scroll: min(scroll, HelpOverlayView.lastScroll(size: size, keymap: state.keymap)))
        default: break
        }
        return []
    }
}
