/// What the run loop needs from a terminal: its size, the next input event,
/// and a way to show a canvas. `CursesTerminal` is the real one;
/// `MemoryTerminal` plays a script of events for tests.
@MainActor
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// The next event, blocking; nil when input has ended or a signal asks
    /// the reader to stop.
    func nextEvent() -> InputEvent?
    func draw(_ canvas: Canvas)
}

/// A terminal in memory: events come from a list, drawn canvases are kept.
@MainActor
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public private(set) var frames: [Canvas] = []
    private var events: [InputEvent]

    public init(size: Size, events: [InputEvent]) {
        self.size = size
        self.events = events
    }

    public func nextEvent() -> InputEvent? {
        guard !events.isEmpty else { return nil }
        let event = events.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public func draw(_ canvas: Canvas) {
        frames.append(canvas)
    }

    /// The last frame as text lines.
    public var screen: [String] { frames.last?.trimmedLines ?? [] }
}

/// The loop: event → action → update → effects → render → draw, until quit
/// or the end of input.
@MainActor
public struct ReaderLoop {
    public var state: AppState
    public let theme: Theme
    public let keymap: Keymap
    /// Carries out effects other than quitting (saving a position…).
    public var perform: (Effect, AppState) -> Void

    public init(state: AppState, theme: Theme, keymap: Keymap = .standard, perform: @escaping (Effect, AppState) -> Void = { _, _ in }) {
        self.state = state
        self.theme = theme
        self.keymap = keymap
        self.perform = perform
    }

    /// Runs until `q`, a signal or the end of input; returns the final state.
    @discardableResult
    public mutating func run(on terminal: some Terminal) -> AppState {
        if state.size != terminal.size { _ = Reader.update(&state, .resize(terminal.size)) }
        terminal.draw(Screen.render(state, theme: theme))
        while let event = terminal.nextEvent() {
            guard let action = Reader.action(for: event, in: state, keymap: keymap) else { continue }
            let effects = Reader.update(&state, action)
            if effects.contains(.quit) { break }
            for effect in effects { perform(effect, state) }
            terminal.draw(Screen.render(state, theme: theme))
        }
        return state
    }
}
