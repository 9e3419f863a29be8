import ArticleKit
import DecisionKit
import ReaderUI

/// Plays `events` (keys, mouse, resizes, reports) through the reader's own
/// loop (`ReaderLoop`) on an in-memory terminal of `size`, the way `weigh`
/// runs a real terminal: event → action or report → update → effects →
/// render → draw.
/// The reader opens `library` at `start` (or its first article) with
/// `keymap`; `prepare` may change the opening state first (a store that
/// is unavailable, work left to the background). With a `store`, the
/// reader starts with the
/// store's bookmarks and reading positions and every effect is carried out
/// by it, as `weigh`'s store would; without one, effects do nothing.
/// Returns the final state and the terminal, which holds every frame drawn
/// (`screen` is the last one as text).
@MainActor
@discardableResult
public func play(_ events: [InputEvent], library: Library, size: Size, start: ReadingPosition? = nil, keymap: Keymap = .standard,
                 theme: Theme = .colored, store: MemoryPersonalStore? = nil, prepare: (inout AppState) -> Void = { _ in })
    -> (state: AppState, terminal: MemoryTerminal) {
    let terminal = MemoryTerminal(size: size, events: events)
    var state = AppState(library: library, size: size, start: start, savedPositions: store?.positions ?? [:],
                         bookmarks: store?.bookmarks ?? [], records: store?.records ?? DecisionRecords(), keymap: keymap)
    prepare(&state)
    var loop = ReaderLoop(state: state, theme: theme, perform: store.map { store in store.perform } ?? { _ in [] })
    let final = loop.run(on: terminal)
    return (final, terminal)
}
