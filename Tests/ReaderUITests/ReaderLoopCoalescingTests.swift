import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

/// The loop renders once per burst of input on a terminal that reports
/// typeahead: a paste or a storm of resizes costs one frame, and the frame
/// shows the state after the whole burst.
@MainActor
@Suite("The loop coalesces bursts")
struct ReaderLoopCoalescingTests {
    /// Plays its events as bursts: everything in one burst is typeahead
    /// (already waiting) for the loop; between bursts there is none.
    final class BurstTerminal: TypeaheadTerminal {
        private(set) var size: Size
        private(set) var frames: [Canvas] = []
        private var bursts: [[InputEvent]]
        /// What is left of the burst being read.
        private var current: [InputEvent] = []

        init(size: Size, bursts: [[InputEvent]]) {
            self.size = size
            self.bursts = bursts.filter { !$0.isEmpty }
        }

        var hasTypeahead: Bool { !current.isEmpty }

        func nextEvent() -> InputEvent? {
            if current.isEmpty {
                guard !bursts.isEmpty else { return nil }
                current = bursts.removeFirst()
            }
            let event = current.removeFirst()
            if case .resize(let newSize) = event { size = newSize }
            return event
        }

        func draw(_ canvas: Canvas) {
            frames.append(canvas)
        }
    }

    /// 199 resizes through every size down to 1×1 and 10×3, ending at 120×40.
    static let storm: [InputEvent] = (0..<199).map { step in
        switch step {
        case 50: .resize(Size(width: 1, height: 1))
        case 100: .resize(Size(width: 10, height: 3))
        default: .resize(Size(width: 1 + step * 37 % 150, height: 1 + step * 11 % 50))
        }
    } + [.resize(Size(width: 120, height: 40))]

    /// The screen after `events`, applied one by one and rendered once.
    static func render(_ events: [InputEvent], size: Size) -> Canvas {
        var state = AppState(library: ReaderFixture.library, size: size)
        for event in events {
            _ = Reader.handle(event, &state)
        }
        return Screen.render(state, theme: .colored)
    }

    @Test func aStormOfResizesIsOneFrame() {
        let start = Size(width: 100, height: 30)
        let terminal = BurstTerminal(size: start, bursts: [Self.storm])
        var loop = ReaderLoop(state: AppState(library: ReaderFixture.library, size: start), theme: .colored)
        let state = loop.run(on: terminal)
        #expect(terminal.frames.count == 2, "the first frame and one after the storm, not \(terminal.frames.count)")
        #expect(state.size == Size(width: 120, height: 40))
        #expect(terminal.frames.last == Self.render([.resize(Size(width: 120, height: 40))], size: start),
                "the frame after the storm is the one a single resize to 120×40 draws")
    }

    @Test func aPasteIsOneFramePerBurst() throws {
        let size = Size(width: 100, height: 30)
        let paste = ReaderFixture.keys(String(repeating: "weigh it ", count: 1_112))
        let bursts: [[InputEvent]] = [ReaderFixture.keys("m"), [.key(.control("u"))] + paste, ReaderFixture.keys("x")]
        let terminal = BurstTerminal(size: size, bursts: bursts)
        var loop = ReaderLoop(state: AppState(library: ReaderFixture.library, size: size), theme: .colored)
        let state = loop.run(on: terminal)
        #expect(terminal.frames.count == 4, "the first frame, then one per burst: \(terminal.frames.count)")
        let text = try #require(state.prompt?.text)
        #expect(text.count == Prompt.maximumLength && !text.hasSuffix("x"), "the label stops at its maximum")
        #expect(terminal.frames.last == Self.render(bursts.flatMap { $0 }, size: size), "the same screen as drawing every key")
    }

    @Test func withoutTypeaheadEveryEventIsDrawn() {
        let size = Size(width: 100, height: 30)
        let (_, terminal) = play(Self.storm, library: ReaderFixture.library, size: size)
        #expect(terminal.frames.count == Self.storm.count + 1)
    }

    @Test func quittingInsideABurstDrawsNothingMore() {
        let size = Size(width: 100, height: 30)
        let terminal = BurstTerminal(size: size, bursts: [ReaderFixture.keys("jjjqjjj")])
        var loop = ReaderLoop(state: AppState(library: ReaderFixture.library, size: size), theme: .colored)
        loop.run(on: terminal)
        #expect(terminal.frames.count == 1, "only the first frame: the keys before q are applied, the rest never read")
    }
}
