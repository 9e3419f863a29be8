import ArticleKit
import Testing
@testable import ReaderUI

/// Background work starts as an effect of the pure core: visible from
/// ReaderUI, the rest of the library asked for once, after the first frame
/// is drawn; the search index only when a library search starts.
@Suite("Asking for background work")
@MainActor
struct BackgroundWorkTests {
    /// Plays `events` in a reader that works in the background, noting
    /// each effect it asks for and how many frames were drawn by then.
    func play(_ events: [InputEvent]) -> (final: AppState, asked: [(effect: Effect, framesDrawn: Int)]) {
        let size = Size(width: 100, height: 30)
        var state = AppState(library: ReaderFixture.library, size: size)
        state.loadsInBackground = true
        let terminal = MemoryTerminal(size: size, events: events)
        var asked: [(effect: Effect, framesDrawn: Int)] = []
        var loop = ReaderLoop(state: state, theme: .monochrome) { effect in
            asked.append((effect, terminal.frames.count))
            return []
        }
        return (loop.run(on: terminal), asked)
    }

    @Test func theRestOfTheLibraryIsAskedForOnceAfterTheFirstFrame() {
        let (final, asked) = play(ReaderFixture.keys("jj"))
        let loads = asked.filter { $0.effect == .loadInBackground }
        #expect(loads.count == 1)
        #expect(loads.first?.framesDrawn == 1, "after the first frame, before any key")
        #expect(!asked.contains { $0.effect == .buildSearchIndex }, "no index until a library search")
        let (pending, index) = (final.searchIndexPending, final.searchIndex)
        #expect(!pending && index == nil)
    }

    @Test func theIndexIsAskedForOnceWhenALibrarySearchStarts() {
        let (final, asked) = play(ReaderFixture.keys("F") + [.key(.escape)] + ReaderFixture.keys("F"))
        let builds = asked.filter { $0.effect == .buildSearchIndex }
        #expect(builds.count == 1, "asked for once, while it is on its way")
        #expect(builds.first?.framesDrawn == 1, "as the prompt opens, so it is built while the query is typed")
        let pending = final.searchIndexPending
        #expect(pending)
    }

    @Test func withoutBackgroundWorkNothingIsAskedForAndTheIndexIsBuiltWhenNeeded() {
        var state = AppState(library: ReaderFixture.library, size: Size(width: 100, height: 30))
        #expect(Reader.firstFrameDrawn(&state).isEmpty)
        #expect(Reader.handle(.key(.character("F")), &state) == [])
        #expect(!state.searchIndexPending)
        _ = Reader.handle(.key(.character("g")), &state)
        #expect(Reader.handle(.key(.enter), &state) == [])
        #expect(state.searchIndex != nil, "made on the spot for the search")
        #expect(state.resultsPane?.query == "g")

        var background = AppState(library: ReaderFixture.library, size: Size(width: 100, height: 30))
        background.loadsInBackground = true
        #expect(Reader.firstFrameDrawn(&background) == [.loadInBackground])
        #expect(Reader.firstFrameDrawn(&background).isEmpty, "asked for once")
        #expect(Reader.handle(.key(.character("F")), &background) == [.buildSearchIndex])
    }

    @Test func reportsAreNotActions() {
        var state = AppState(library: ReaderFixture.library, size: Size(width: 100, height: 30))
        #expect(Reader.action(for: .report(.notice("x")), in: state) == nil)
        #expect(Reader.handle(.report(.notice("Saved")), &state) == [])
        #expect(state.message == "Saved")
    }
}
