import ArticleKit
import Foundation
import ReaderUI
import TerminalCurses

/// The reader's background work after the first frame: the rest of the
/// library (posted to the loop as it grows, at most ten times a second),
/// the metadata cache written for next time, then the search index.
enum BackgroundLoading {
    static func start(_ loader: LibraryLoader, posting external: ExternalActions) {
        Thread.detachNewThread {
            // Not at a lower priority: it parses bodies under the parser's
            // lock (`MarkdownParser`), which a key's layout may be waiting
            // for; slowed down, it kept keys on a 10 MB article waiting
            // 12–26 ms instead of 3–5.
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
            external.post(.searchIndexReady(SearchIndexBox(LibrarySearchIndex(loader.library))))
        }
    }
}
