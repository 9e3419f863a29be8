/// A terminal that can tell whether more input is already waiting (keys
/// of a paste, a storm of resizes, a signal), so the loop applies the
/// whole burst and renders once, as curses' `typeahead` does for output.
@MainActor
public protocol TypeaheadTerminal: Terminal {
    /// True when `nextEvent()` would return at once.
    var hasTypeahead: Bool { get }
}

/// The loop: event → action → update → effects → render → draw, until quit
/// or the end of input. While a `TypeaheadTerminal` has more input
/// waiting, the loop keeps applying events and renders only when it has
/// caught up, so a 10,000-character paste or 200 resizes cost one frame,
/// not one each.
@MainActor
public struct ReaderLoop {
    public var state: AppState
    public let theme: Theme
    /// Carries out effects other than quitting (saving a position, a
    /// bookmark, work in the background…) and answers with what it can
    /// report at once (the new bookmarks, a notice); later reports come
    /// as events.
    public var perform: (Effect) -> [Report]

    public init(state: AppState, theme: Theme, perform: @escaping (Effect) -> [Report] = { _ in [] }) {
        self.state = state
        self.theme = theme
        self.perform = perform
    }

    /// Runs until `q`, a signal or the end of input; returns the final state.
    @discardableResult
    public mutating func run(on terminal: some Terminal) -> AppState {
        if state.size != terminal.size { _ = Reader.update(&state, .resize(terminal.size)) }
        var frame = Screen.render(state, theme: theme, reusing: nil)
        terminal.draw(frame.canvas)
        guard carryOut(Reader.firstFrameDrawn(&state)) else { return state }
        let typeahead = terminal as? any TypeaheadTerminal
        var stale = false
        while let event = terminal.nextEvent() {
            if let effects = Reader.handle(event, &state) {
                if !carryOut(effects) { break }
                stale = true
            }
            if stale, typeahead?.hasTypeahead != true {
                frame = Screen.render(state, theme: theme, reusing: frame)
                terminal.draw(frame.canvas)
                stale = false
            }
        }
        return state
    }

    /// Carries out `effects` and takes in what they report, and so on;
    /// false once the reader should quit.
    private mutating func carryOut(_ effects: [Effect]) -> Bool {
        var pending = effects
        var keepRunning = true
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if effect == .quit {
                keepRunning = false
                continue
            }
            for report in perform(effect) { pending += Reader.receive(&state, report) }
        }
        return keepRunning
    }
}
