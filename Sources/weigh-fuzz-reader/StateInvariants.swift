import ArticleKit
import ReaderUI
import WeighTestSupport

/// What must hold of the reader's state after every step, whatever keys,
/// clicks and resizes came before: the focused pane exists, every
/// selection points at something (or is 0 when there is nothing), every
/// scroll stays between the top and the last full page, the open article
/// is laid out at the width it is shown at, and typed text is clean.
enum StateInvariants {
    static func violations(_ state: AppState) -> [String] {
        var found = focusViolations(state) + contentsViolations(state) + readingViolations(state)
        found += comparisonViolations(state) + bookmarksViolations(state) + resultsViolations(state)
        found += overlayAndPromptViolations(state)
        return found
    }

    static func focusViolations(_ state: AppState) -> [String] {
        switch state.focus {
        case .comparison where state.comparison == nil: ["focus on the comparison, which is closed"]
        case .bookmarks where state.bookmarksPane == nil: ["focus on the bookmarks, which are closed"]
        case .results where state.resultsPane == nil: ["focus on the results, which are closed"]
        default: []
        }
    }

    static func contentsViolations(_ state: AppState) -> [String] {
        let count = state.contentsRows.count
        var found: [String] = []
        if !(0..<max(1, count)).contains(state.contentsList.selection) {
            found.append("contents selection \(state.contentsList.selection) of \(count) rows")
        }
        if !(0...max(0, count - state.contentsRowsVisible)).contains(state.contentsList.scroll) {
            found.append("contents scroll \(state.contentsList.scroll) of \(count) rows, \(state.contentsRowsVisible) shown")
        }
        return found
    }

    static func readingViolations(_ state: AppState) -> [String] {
        guard let reading = state.reading else { return [] }
        var found: [String] = []
        let text = state.bodyTextSize
        if !state.library.articles.indices.contains(reading.articleIndex) || state.library.articles[reading.articleIndex].id != reading.article.id {
            found.append("reading article \(reading.articleIndex) (\(reading.article.id)) is not that article of the library")
        }
        if reading.top < .start || reading.top > reading.maximumTop(rows: text.height) || (!reading.isEmpty && reading.line(at: reading.top) == nil) {
            found.append("reading top \(reading.top), last line \(reading.lastLine), \(text.height) rows")
        }
        if reading.width != text.width {
            found.append("the article is laid out \(reading.width) wide, its text area is \(text.width)")
        }
        if let search = state.search, let current = search.current {
            if !search.blocks.contains(where: { $0.block == current.block }) {
                found.append("the current search match is in block \(current.block), which holds no match")
            }
            if let part = current.parts.first(where: { reading.line(at: LinePosition(block: current.block, line: $0.line)) == nil }) {
                found.append("the current search match is on line \(part.line) of block \(current.block), which has no such line")
            }
        }
        return found
    }

    static func comparisonViolations(_ state: AppState) -> [String] {
        guard let pane = state.comparison else { return [] }
        var found: [String] = []
        let claims = pane.comparison.claims.count
        if !(0..<max(1, claims)).contains(pane.list.selection) { found.append("comparison selection \(pane.list.selection) of \(claims) claims") }
        let rows = Reader.comparisonRows(state).count
        let page = state.comparisonRowsVisible
        if !(0...max(0, rows - page)).contains(pane.list.scroll) { found.append("comparison scroll \(pane.list.scroll) of \(rows) rows, \(page) shown") }
        return found
    }

    static func bookmarksViolations(_ state: AppState) -> [String] {
        guard let pane = state.bookmarksPane else { return [] }
        var found: [String] = []
        let count = state.bookmarks.count
        let rows = BookmarkList.rows(for: BookmarkList.ordered(state.bookmarks), library: state.library).count
        if !(0..<max(1, count)).contains(pane.list.selection) { found.append("bookmarks selection \(pane.list.selection) of \(count)") }
        if !(0...max(0, rows - 1)).contains(pane.list.scroll) { found.append("bookmarks scroll \(pane.list.scroll) of \(rows) rows") }
        return found
    }

    static func resultsViolations(_ state: AppState) -> [String] {
        guard let pane = state.resultsPane else { return [] }
        var found: [String] = []
        let count = pane.results.count
        if !(0..<max(1, count)).contains(pane.list.selection) { found.append("results selection \(pane.list.selection) of \(count)") }
        if !(0...max(0, pane.list.selection)).contains(pane.list.scroll) { found.append("results scroll \(pane.list.scroll), selection \(pane.list.selection)") }
        return found
    }

    static func overlayAndPromptViolations(_ state: AppState) -> [String] {
        var found: [String] = []
        if case .help(let scroll) = state.overlay {
            // The last page starts where a full page ends the help.
            let last = HelpOverlayView.lastScroll(size: state.size, keymap: state.keymap)
            if !(0...last).contains(scroll) { found.append("help scroll \(scroll), the last page at \(last)") }
        }
        if let prompt = state.prompt {
            if prompt.text.count > Prompt.maximumLength { found.append("prompt text of \(prompt.text.count) characters") }
            if let bad = SafeScalars.firstUnsafeInModel(prompt.text) { found.append("prompt text holds \(bad)") }
        }
        return found
    }
}
