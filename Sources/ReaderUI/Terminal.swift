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
