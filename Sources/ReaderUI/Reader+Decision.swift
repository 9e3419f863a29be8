import ArticleKit
import DecisionKit

/// "My decision" over the panes: moving between its items, opening the
/// claim or topic one belongs to, changing notes and questions, and
/// saying where I stand. Changes are asked of the store and shown once it
/// reports them kept (`Report.recordsChanged`).
extension Reader {
    static func updateDecision(_ state: inout AppState, _ action: Action) -> [Effect] {
        guard case .decision(var pane) = state.overlay else { return [] }
        let count = pane.page.items.count
        let visible = DecisionOverlayView.visibleRows(size: state.size)
        switch action {
        case .closeOverlay, .showDecision:
            state.overlay = nil
            return []
        case .quit:
            return [.quit]
        case .lineDown: pane.list.select(pane.list.selection + 1, count: count)
        case .lineUp: pane.list.select(pane.list.selection - 1, count: count)
        case .top: pane.list.select(0, count: count)
        case .bottom: pane.list.select(count - 1, count: count)
        case .pageDown, .pageUp, .halfPageDown, .halfPageUp:
            let delta = switch action {
            case .pageDown: visible
            case .pageUp: -visible
            case .halfPageDown: visible / 2
            default: -visible / 2
            }
            let total = pane.page.lines.count
            pane.list.scroll(by: delta, visible: visible, total: total)
            // The first item that starts in view is selected (or, on a
            // page of no item's start, the nearest one).
            // The first item that starts in view is selected; on a page
            // inside one tall item (a long note), that item, the scroll
            // kept where the page put it so all of it can be read.
            let shown = pane.list.scroll..<min(total, pane.list.scroll + visible)
            let starting = pane.page.itemLines.firstIndex { shown.contains($0.lowerBound) }
            if let index = starting ?? pane.page.item(atLine: pane.list.scroll) {
                pane.list.selection = index
                state.overlay = .decision(pane)
                return []
            }
            pane.list.select(delta > 0 ? count - 1 : 0, count: count)
        case .resize(let size):
            state.size = size
            state.reflowIfNeeded()
            keepSelectionsVisible(&state)
            pane.rebuild(for: state)
        case .find, .findNext, .findPrevious:
            state.overlay = .decision(pane)
            if action == .find { startPaneFind(&state) } else { findAgainInPane(&state, forward: action == .findNext) }
            return []
        case .open:
            state.overlay = .decision(pane)
            return openDecisionItem(&state, pane.selectedItem)
        case .editItem:
            state.overlay = .decision(pane)
            editDecisionItem(&state, pane.selectedItem)
            // A note longer than the prompt holds is changed in the editor.
            if let prompt = state.prompt, prompt.text.count > prompt.limit {
                state.prompt = nil
                return [.editInEditor(prompt)]
            }
            return []
        case .deleteItem:
            guard storeCanKeep(&state) else { break }
            switch pane.selectedItem {
            case let item? where item.isNoteOrQuestion:
                let what = if case .note = item { "note" } else { "question" }
                state.prompt = Prompt(purpose: .confirmDelete(item), question: "Delete this \(what)? y deletes it, any other key keeps it", text: "")
            default:
                state.message = "Only a note or a question can be deleted here"
            }
        case .moveItemDown, .moveItemUp:
            guard case .question(let id)? = pane.selectedItem, storeCanKeep(&state) else {
                state.message = state.message ?? "Only questions are in an order of yours"
                break
            }
            let ordered = state.records.questions.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
            guard let index = ordered.firstIndex(where: { $0.id == id }) else { break }
            let target = index + (action == .moveItemDown ? 1 : -1)
            guard ordered.indices.contains(target) else {
                state.message = action == .moveItemDown ? "This is the last question" : "This is the first question"
                break
            }
            state.overlay = .decision(pane)
            return [.moveQuestion(id: id, to: target)]
        case .setLeaning:
            state.overlay = .decision(pane)
            startLeaning(&state)
            return []
        case .writeSummary:
            state.message = "Writing the summary…"
            state.overlay = .decision(pane)
            return [.writeSummary(pane.summary)]
        case .newQuestion:
            guard storeCanKeep(&state) else { break }
            state.prompt = Prompt(purpose: .question(nil), question: "Question for your clinician", text: "")
        case .writeNote:
            guard case .topic(let id)? = pane.selectedItem else {
                state.message = "Notes on a claim are written in the comparison; here, select a topic"
                break
            }
            guard storeCanKeep(&state) else { break }
            state.prompt = Prompt(purpose: .note(.topic(id: id)), question: "Note on \(state.library.topic(withID: id)?.title ?? id)", text: "")
        default: break
        }
        keepDecisionItemVisible(&pane, size: state.size)
        state.overlay = .decision(pane)
        return []
    }

    /// Builds "My decision" again after what it shows changed (records,
    /// bookmarks, the library), keeping its selection.
    static func refreshDecision(_ state: inout AppState) {
        guard case .decision(var pane) = state.overlay else { return }
        pane.rebuild(for: state)
        keepDecisionItemVisible(&pane, size: state.size)
        state.overlay = .decision(pane)
    }

    static func keepDecisionItemVisible(_ pane: inout DecisionPane, size: Size) {
        let visible = DecisionOverlayView.visibleRows(size: size)
        let total = pane.page.lines.count
        guard pane.page.itemLines.indices.contains(pane.list.selection) else {
            pane.list.scroll(by: 0, visible: visible, total: total)
            return
        }
        let lines = pane.page.itemLines[pane.list.selection]
        // The first item also shows the heading above it.
        let first = pane.list.selection == 0 ? 0 : lines.lowerBound
        pane.list.reveal(first: first, last: max(lines.lowerBound, lines.upperBound - 1), visible: visible, total: total)
    }

    /// Enter: what an item belongs to. A topic or a claim opens in the
    /// comparison (with its notes under it); a bookmark's note opens the
    /// bookmark; a starter question is added.
    static func openDecisionItem(_ state: inout AppState, _ item: DecisionItem?) -> [Effect] {
        switch item {
        case nil: return []
        case .stance?:
            startLeaning(&state)
        case .topic(let id)?:
            showInComparison(&state, topicID: id, ref: nil)
        case .starter(let index)?:
            guard storeCanKeep(&state) else { return [] }
            return [.addQuestion(ClinicianQuestion.starters[index], claim: nil)]
        case .question(let id)?:
            guard let question = state.records.questions.first(where: { $0.id == id }) else { return [] }
            guard let claim = question.claim else {
                state.message = "This question is not about a claim; e changes it"
                return []
            }
            showInComparison(&state, topicID: claim.topicID, ref: claim.ref)
        case .note(let id)?:
            guard let note = state.records.notes.first(where: { $0.id == id }) else { return [] }
            switch note.target {
            case .claim(let claim): showInComparison(&state, topicID: claim.topicID, ref: claim.ref)
            case .topic(let topic): showInComparison(&state, topicID: topic, ref: nil)
            case .bookmark(let bookmarkID):
                guard let bookmark = state.bookmarks.first(where: { $0.id == bookmarkID }) else {
                    state.message = "That bookmark has been deleted; the note is kept"
                    return []
                }
                state.overlay = nil
                jump(&state, to: bookmark)
            }
        }
        return []
    }

    /// Opens the comparison of all articles with the claim `ref` selected,
    /// or the first claim of `topicID`. A claim that has changed since is
    /// said, and nothing moves.
    static func showInComparison(_ state: inout AppState, topicID: String, ref: String?) {
        var pane = ComparisonState(library: state.library, scope: .library)
        if state.comparison?.mattersFirst == true {
            pane.setMattersFirst(true, library: state.library, importance: state.records.importance)
        }
        let claims = pane.comparison.claims
        let index = ref.map { ref in claims.firstIndex { $0.ref == ref } } ?? claims.firstIndex { $0.claim.topicID == topicID }
        guard let index else {
            state.message = ref == nil ? "No source makes a claim on this topic yet"
                : "That claim has changed since; what you wrote keeps it as it was"
            return
        }
        pane.list.selection = index
        state.overlay = nil
        state.comparison = pane
        state.focus = .comparison
        state.cameFromComparison = false
        state.reflowIfNeeded()
        keepSelectedClaimVisible(&state)
    }

    /// `e`: a prompt holding the note or question as it is.
    static func editDecisionItem(_ state: inout AppState, _ item: DecisionItem?) {
        switch item {
        case .note(let id)?:
            guard storeCanKeep(&state), let note = state.records.notes.first(where: { $0.id == id }) else { return }
            state.prompt = Prompt(purpose: .editNote(id: id), question: "Note", text: note.text)
        case .question(let id)?:
            guard storeCanKeep(&state), let question = state.records.questions.first(where: { $0.id == id }) else { return }
            state.prompt = Prompt(purpose: .editQuestion(id: id), question: "Question", text: question.text)
        case .stance?:
            startLeaning(&state)
        default:
            state.message = "Only a note, a question or where you stand can be changed here"
        }
    }

    /// `l`: where I stand, one key for the leaning, then the four SURE
    /// questions answered y or n.
    static func startLeaning(_ state: inout AppState) {
        guard storeCanKeep(&state) else { return }
        state.prompt = Prompt(purpose: .leaning, question: Prompt.leaningQuestion, text: "")
    }
}
