import ArticleKit
@testable import ReaderUI
import Testing
import WeighTestSupport

/// A frame drawn reusing the one before it is the frame drawn whole, after
/// any keys: moving, unfolding, opening overlays over the reused contents
/// pane and closing them, searching, resizing.
@Suite("Reusing the previous frame")
struct FrameReuseTests {
    static let events: [InputEvent] = ReaderFixture.keys("jjjkkGgTtcm?/ ") + [
        .key(.tab), .key(.enter), .key(.escape), .key(.character("l")), .key(.character("h")),
        .resize(Size(width: 120, height: 35)), .resize(Size(width: 60, height: 20)), .resize(Size(width: 30, height: 8)),
    ]

    @Test(arguments: 0..<40)
    func isTheFrameDrawnWhole(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        var state = AppState(library: ReaderFixture.library, size: Size(width: 100, height: 30))
        var frame = Screen.render(state, theme: .colored, reusing: nil)
        for step in 0..<120 {
            let event = Self.events.randomElement(using: &random)!
            _ = Reader.handle(event, &state)
            let next = Screen.render(state, theme: .colored, reusing: frame)
            let whole = Screen.render(state, theme: .colored)
            let same = next.canvas == whole
            #expect(same, "seed \(seed), step \(step), after \(event): drawn \(next.canvas.trimmedLines), whole \(whole.trimmedLines)")
            frame = next
        }
    }

    /// A line down in the article leaves the contents pane's inputs as
    /// they were, so it is copied, not drawn.
    @Test func aLineDownReusesTheContentsPane() {
        var state = AppState(library: ReaderFixture.library, size: Size(width: 100, height: 30))
        for event in ReaderFixture.keys("jjjj") { _ = Reader.handle(event, &state) }
        #expect(state.focus == .body)
        let first = Screen.render(state, theme: .colored, reusing: nil)
        _ = Reader.handle(.key(.character("j")), &state)
        let second = Screen.render(state, theme: .colored, reusing: first)
        #expect(first.canvas != second.canvas, "the article moved")
        let (before, after) = (first.contents?.inputs, second.contents?.inputs)
        #expect(before != nil && before == after)
    }
}
