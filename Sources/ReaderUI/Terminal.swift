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
    /// Carries out effects other than quitting (saving a position, a
    /// bookmark…) and answers with actions (the new bookmarks, a notice).
    public var perform: (Effect) -> [Action]

    public init(state: AppState, theme: Theme, keymap: Keymap = .standard, perform: @escaping (Effect) -> [Action] = { _ in [] }) {
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
            if !apply(action) { break }
            terminal.draw(Screen.render(state, theme: theme))
        }
        return state
    }

    /// Updates the state, carries out the effects and applies what they
    /// answer; false once the reader should quit.
    private mutating func apply(_ action: Action) -> Bool {
        var pending = [action]
        var keepRunning = true
        while !pending.isEmpty {
            for effect in Reader.update(&state, pending.removeFirst()) {
                if effect == .quit { keepRunning = false } else { pending += perform(effect) }
            }
        }
        return keepRunning
    }
}
