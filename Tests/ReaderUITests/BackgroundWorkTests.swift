import ArticleKit
import Testing
@testable import ReaderUI

/// Background work starts as an effect of the pure core: visible from
/// ReaderUI, asked for once, after the first frame is drawn.
@Suite("Asking for background work")
@MainActor
struct BackgroundWorkTests {
    @Test func theRestOfTheLibraryIsAskedForOnceAfterTheFirstFrame() {
        let size = Size(width: 100, height: 30)
        var state = AppState(library: ReaderFixture.library, size: size)
        state.loadsInBackground = true
        let terminal = MemoryTerminal(size: size, events: ReaderFixture.keys("jj"))
        var asked: [(effect: Effect, framesDrawn: Int)] = []
        var loop = ReaderLoop(state: state, theme: .monochrome) { effect in
            asked.append((effect, terminal.frames.count))
            return []
        }
        let final = loop.run(on: terminal)
        let loads = asked.filter { $0.effect == .loadInBackground }
        #expect(loads.count == 1)
        #expect(loads.first?.framesDrawn == 1, "after the first frame, before any key")
        #expect(final.searchIndexPending, "a library search now waits for the index")
    }

    @Test func withoutBackgroundWorkNothingIsAskedForAndTheIndexIsBuiltWhenNeeded() {
        var state = AppState(library: ReaderFixture.library, size: Size(width: 100, height: 30))
        #expect(Reader.firstFrameDrawn(&state).isEmpty)
        #expect(!state.searchIndexPending)
        state.loadsInBackground = true
        #expect(Reader.firstFrameDrawn(&state) == [.loadInBackground])
        #expect(Reader.firstFrameDrawn(&state).isEmpty, "asked for once")
    }

    @Test func reportsAreNotActions() {
        var state = AppState(library: ReaderFixture.library, size: Size(width: 100, height: 30))
        #expect(Reader.action(for: .report(.notice("x")), in: state) == nil)
        #expect(Reader.handle(.report(.notice("Saved")), &state) == [])
        #expect(state.message == "Saved")
    }
}
