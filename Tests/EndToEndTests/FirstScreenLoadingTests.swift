import ArticleKit
import Foundation
import Testing
@testable import weigh

/// How much of the library loads before the reader's first frame.
@Suite("Loading before the first frame")
struct FirstScreenLoadingTests {
    /// A library of `count` small articles.
    private func library(_ count: Int) throws -> URL {
        let articles = (0..<count).map { index in
            (String(format: "article-%04d.md", index), "---\ntitle: Article \(index)\n---\n# Article \(index)\n\nText.\n")
        }
        return try WeighProcess.temporaryLibrary(Dictionary(uniqueKeysWithValues: articles))
    }

    /// A clock that moves by the next of `steps` at every reading (by the
    /// last one once they run out).
    private final class SteppingClock: @unchecked Sendable {
        var now = ContinuousClock.now
        var steps: [Duration]
        init(steps: [Duration]) { self.steps = steps }
        func read() -> ContinuousClock.Instant {
            defer { now += steps.count > 1 ? steps.removeFirst() : steps[0] }
            return now
        }
    }

    @Test func aLibraryThatLoadsWithinTheBudgetOpensWhole() throws {
        let folder = try library(100)
        defer { try? FileManager.default.removeItem(at: folder) }
        var loader = try LibraryLoader(folder: folder)
        let clock = SteppingClock(steps: [.milliseconds(5)])
        // 5 ms for 64 files: all 100 would take about 8 ms.
        FirstScreenLoading.load(&loader, clock: clock.read)
        #expect(loader.isComplete)
        #expect(loader.library.articles.count == 100)
    }

    @Test func aLibraryThatCannotLoadWithinTheBudgetOpensAfterTheFirstFiles() throws {
        let folder = try library(1_000)
        defer { try? FileManager.default.removeItem(at: folder) }
        var loader = try LibraryLoader(folder: folder)
        let clock = SteppingClock(steps: [.milliseconds(5)])
        // 5 ms for 64 files: all 1,000 would take about 78 ms, so waiting
        // the whole 25 ms would only delay the first frame.
        FirstScreenLoading.load(&loader, clock: clock.read)
        #expect(loader.filesLoaded == FirstScreenLoading.batch)
        #expect(loader.library.articles.count == FirstScreenLoading.batch)
    }

    @Test func theBudgetStillBoundsTheWaitWhenLoadingSlowsDown() throws {
        let folder = try library(1_000)
        defer { try? FileManager.default.removeItem(at: folder) }
        var loader = try LibraryLoader(folder: folder)
        // The first 64 files in 1 ms look like 16 ms for all 1,000; the
        // next 64 take 30 ms, past the budget.
        let clock = SteppingClock(steps: [.milliseconds(1), .milliseconds(30)])
        FirstScreenLoading.load(&loader, clock: clock.read)
        #expect(loader.filesLoaded == 2 * FirstScreenLoading.batch)
    }
}
