import ArticleKit
import ReaderUI

/// Builds the library's search index when the reader asks for it
/// (`Effect.buildSearchIndex`), always from the whole library: the one
/// loaded in the background, or the latest reload. A request made while the
/// library is still loading is kept and answered once it is whole. Each
/// build runs on a thread of its own and posts `searchIndexReady`.
final class SearchIndexing: Sendable {
    private struct Waiting {
        var library: Library?
        var requested = false
    }

    private let waiting = Locked(Waiting())
    private let post: @Sendable (Report) -> Void
    private let run: @Sendable (@escaping @Sendable () -> Void) -> Void

    /// `run` starts a build (on a thread of its own, unless a test wants
    /// it done in place).
    init(post: @escaping @Sendable (Report) -> Void,
         run: @escaping @Sendable (@escaping @Sendable () -> Void) -> Void = BackgroundThread.start) {
        self.post = post
        self.run = run
    }

    /// The library is whole, or was read again: builds from now on use it,
    /// and a request that was waiting for it is answered.
    func libraryIsWhole(_ library: Library) {
        let asked = waiting.withLock { waiting in
            waiting.library = library
            defer { waiting.requested = false }
            return waiting.requested
        }
        if asked { build(library) }
    }

    /// The reader asked for the index: built now if the library is whole,
    /// else as soon as it is.
    func request() {
        let library = waiting.withLock { waiting in
            if waiting.library == nil { waiting.requested = true }
            return waiting.library
        }
        if let library { build(library) }
    }

    private func build(_ library: Library) {
        run { [post] in
            post(.searchIndexReady(SearchIndexBox(LibrarySearchIndex(library))))
        }
    }
}
