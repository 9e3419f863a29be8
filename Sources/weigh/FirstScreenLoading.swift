import ArticleKit

/// How much of the library loads before the first frame. The first screen
/// needs only the first articles: a library that loads within 25 ms (a
/// small one, or one from the cache) opens whole; a larger one opens with
/// what has loaded and takes the rest in the background. Once the pace of
/// the first files shows the whole library cannot load within the 25 ms,
/// waiting for the rest of them would only delay the first frame, so it
/// opens at once with a screenful of articles. A long file not in the
/// cache joins by its first piece (`LibraryLoader.defersLongBodies`), and
/// the background makes it whole.
enum FirstScreenLoading {
    static let budget = Duration.milliseconds(25)
    /// Enough articles to fill the contents on a tall terminal.
    static let batch = 64

    static func load(_ loader: inout LibraryLoader, clock: () -> ContinuousClock.Instant = { .now }) {
        let begun = clock()
        repeat {
            loader.loadNext(batch)
            let spent = clock() - begun
            // Files taken in part (`defersLongBodies`) wait for the background.
            if loader.allFilesTaken || spent >= budget { return }
            if loader.filesLoaded > 0, spent / loader.filesLoaded * loader.fileCount > budget { return }
        } while true
    }
}
