import ArticleKit
import Foundation
import ReaderUI
import TerminalCurses

/// The reader's background work after the first frame: the rest of the
/// library (posted to the loop as it grows, at most ten times a second)
/// and the metadata cache written for next time.
enum BackgroundLoading {
    /// How long the work waits after the first frame. The terminal is
    /// drawing that frame meanwhile, and on two cores the work must not
    /// compete with it (the measurements are in docs/performance.md).
    /// Nobody searches or reads the whole library within 30 ms; a long
    /// article's rest or a large library's end comes that much later.
    static let pauseAfterFirstFrame: UInt32 = 30_000  // µs

    /// Starts the work on its own thread after `pauseAfterFirstFrame`,
    /// running `first` (opening the store) before it and `whole` with the
    /// library once all of it has loaded.
    static func start(_ loader: LibraryLoader, posting external: ExternalReports, first: @escaping @Sendable () -> Void,
                      whole: @escaping @Sendable (Library) -> Void = { _ in }) {
        BackgroundThread.start {
            usleep(pauseAfterFirstFrame)
            first()
            // Not at a lower priority: it parses bodies under the parser's
            // lock (`MarkdownParser`), which a key's layout may be waiting
            // for, and a lowered thread holds that lock longer.
            var loader = loader
            loader.keepsBodies = false
            loader.defersLongBodies = false
            if !loader.isComplete {
                var lastPost = ContinuousClock.now
                var lastSave = lastPost
                while !loader.isComplete {
                    loader.loadNext(128)
                    if ContinuousClock.now - lastSave >= .seconds(2) {
                        loader.saveCache()
                        lastSave = ContinuousClock.now
                    }
                    if ContinuousClock.now - lastPost >= .milliseconds(100), !loader.isComplete {
                        lastPost = ContinuousClock.now
                        let progress = LibraryLoadingProgress(filesLoaded: loader.filesLoaded, fileCount: loader.fileCount)
                        external.post(.libraryGrew(LibraryUpdate(loader.library, progress: progress)))
                    }
                }
                external.post(.libraryGrew(LibraryUpdate(loader.library, progress: nil)))
                if !loader.library.problems.isEmpty {
                    let count = loader.library.problems.count
                    external.post(.notice("\(count) problem\(count == 1 ? "" : "s") in the library: run 'weigh check'"))
                }
            }
            loader.saveCache()
            whole(loader.library)
        }
    }
}
