import ArticleKit
import ReaderUI
import WeighTestSupport

/// One input of the reader target: the reader is opened on a library and
/// played every event of the script as `ReaderLoop` plays a terminal's
/// (event → action → update → effects → render), with an in-memory
/// bookmark store. After every step the state's invariants and the frame's
/// are checked, so it takes the steps itself rather than through
/// `play(...)`, whose `ReaderLoop` shows only the state it ends in.
/// Returns what broke, and at which step.
enum ReaderCase {
    static func violations(of bytes: [UInt8]) -> [String] {
        let script = ReaderScript(bytes)
        let library = FuzzLibraries.library(script.library)
        let store = MemoryPersonalStore()
        if script.startsWithBookmarks { store.addStartingBookmarks(in: library) }
        let start = script.startsAtSavedPlace ? library.articles.last.map { ReadingPosition(articleID: $0.id, blockIndex: 3, offset: 5) } : nil
        let first = script.loadsInBackground ? FuzzLibraries.growth[0] : LibraryUpdate(library, progress: nil)
        var state = AppState(library: first.library, size: script.size, start: start, bookmarks: store.bookmarks)
        state.libraryLoading = first.progress
        state.bookmarksUnavailable = script.bookmarksUnavailable ? "Bookmarks unavailable: \u{1B}]0;x\u{07} read-only (/data)" : nil
        if script.indexPending || script.loadsInBackground {
            // As the app does: the rest of the library is asked for once
            // the first frame is drawn, the index when a library search
            // starts, and the script delivers them (or never does).
            state.loadsInBackground = true
            _ = Reader.firstFrameDrawn(&state)
        } else if script.library == .fixture {
            state.searchIndex = FuzzLibraries.searchIndex.index
        }
        var terminalSize = script.size

        var found = check(state, terminalSize: terminalSize, theme: script.theme)
        if !found.isEmpty { return ["at the start:"] + found }
        for (step, event) in script.events.enumerated() {
            if case .resize(let size) = event { terminalSize = size }
            guard let effects = Reader.handle(event, &state) else { continue }
            var pending = effects
            var quits = false
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                if effect == .quit { quits = true } else {
                    for report in store.perform(effect) { pending += Reader.receive(&state, report) }
                }
            }
            if quits { break }
            found = check(state, terminalSize: terminalSize, theme: script.theme)
            if !found.isEmpty { return ["after event \(step) (\(event)):"] + found }
        }
        return []
    }

    static func check(_ state: AppState, terminalSize: Size, theme: Theme) -> [String] {
        var found = StateInvariants.violations(state)
        if state.size != terminalSize { found.append("state size \(state.size), terminal \(terminalSize)") }
        found += CanvasInvariants.violations(in: Screen.render(state, theme: theme), size: terminalSize)
        return found
    }
}
