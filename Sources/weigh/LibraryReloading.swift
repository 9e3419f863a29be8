import ArticleKit
import Foundation
import ReaderUI

/// Reads the library folder again after its files changed, and puts the
/// result together with the library the reader shows (`LibraryReload`), so
/// a broken edit never takes the last good version off the screen. One
/// reload at a time: the watcher's and the editor's are serialized, each
/// built on the one before. `indexing` hears of each whole library before
/// the reader does, so an index the reader asks for is of that library.
final class LibraryReloading: Sendable {
    private let folder: URL
    private let cached: Bool
    private let indexing: SearchIndexing?
    /// The library the reader was last given; nil until the first load is
    /// whole (a reload before then would race the background loading).
    private let current = Locked<Library?>(nil)

    init(folderPath: String, cached: Bool = true, indexing: SearchIndexing? = nil) {
        folder = URL(fileURLWithPath: folderPath, isDirectory: true)
        self.cached = cached
        self.indexing = indexing
    }

    /// The library is whole: reloads from now on are built on it.
    func loaded(_ library: Library) {
        current.withLock { $0 = library }
        indexing?.libraryIsWhole(library)
    }

    /// The library read again and merged, or nil before the first load is
    /// whole; a folder that can no longer be read gives a reload that only
    /// says so, keeping every article.
    func reload() -> LibraryReload? {
        current.withLock { current -> LibraryReload? in
            guard let previous = current else { return nil }
            let reload: LibraryReload
            do throws(LibraryError) {
                var loader = try LibraryLoader(folder: folder, cacheFile: cached ? LibraryLoader.defaultCacheFile(for: folder) : nil)
                loader.keepsBodies = false
                loader.loadAll()
                loader.saveCache()
                reload = LibraryReload.merge(previous: previous, fresh: loader.library, folderPath: loader.folderPath)
            } catch {
                let problem = LoadProblem(file: folder.path, message: error.description)
                reload = LibraryReload(library: previous, newProblems: [problem], folderPath: folder.path)
            }
            current = reload.library
            indexing?.libraryIsWhole(reload.library)
            return reload
        }
    }
}
