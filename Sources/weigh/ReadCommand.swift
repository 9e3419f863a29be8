import ArgumentParser
import ArticleKit
import BookmarkStore
import Foundation
import ReaderUI
import TerminalCurses

/// `weigh` / `weigh read`: the full-screen reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the full-screen reader (the default). Press ? inside for every key."
    )

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try ReaderSession.run(libraryPath: libraryOptions.library, dataDirectory: dataOptions.directory)
    }
}

/// One run of the full-screen reader, from loading to the restored
/// terminal. Shared by `weigh read` and bare `weigh`, which starts it
/// without parsing arguments at all (`Weigh.main`).
enum ReaderSession {
    static func run(libraryPath: String?, dataDirectory: DataDirectory) throws {
        // The first screen needs only the first articles: a library that
        // loads within 25 ms (a small one, or one from the cache) opens
        // whole; a larger one opens with what has loaded and takes the rest
        // in the background.
        var loader = try LibraryOptions.loader(path: libraryPath)
        let begun = ContinuousClock.now
        repeat {
            loader.loadNext(64)
        } while !loader.isComplete && ContinuousClock.now - begun < .milliseconds(25)
        let library = loader.library
        if let problem = TerminalAvailability.check() {
            throw CommandFailure(problem.description)
        }
        let theme = Theme.forEnvironment(ProcessInfo.processInfo.environment)
        // The store opens before the screen is taken, so a slow or broken
        // store never leaves a half-drawn terminal.
        var notices: [String] = []
        var unavailable: String?
        var store: BookmarkDatabase?
        do {
            store = try BookmarkDatabase(directory: dataDirectory)
            if let damage = store?.damageNotice { notices.append(damage.description) }
        } catch {
            // The reason first: the status line gives a notice half its width.
            if case .cannotSave(let path, let reason) = error {
                unavailable = "Bookmarks unavailable: \(reason) (\(path))"
            } else {
                unavailable = error.description
            }
            notices.append(unavailable ?? error.description)
        }
        if loader.isComplete, !library.problems.isEmpty {
            notices.append("\(plural(library.problems.count, "problem")) in the library: run 'weigh check'")
        }
        let effects = ReaderStoreEffects(store: store)
        let positions = (try? store?.allReadingPositions()) ?? [:]
        let start = try? store?.lastReadingPosition()
        let bookmarks = effects.entries()
        MainActor.assumeIsolated {
            let terminal = CursesTerminal(theme: theme)
            terminal.start()
            var state = AppState(library: library, size: terminal.size, start: start, savedPositions: positions, bookmarks: bookmarks)
            state.bookmarksUnavailable = unavailable
            // The rest of the library and the search index are made while
            // the reader is already in use.
            state.searchIndexPending = true
            if !loader.isComplete {
                state.libraryLoading = LibraryLoadingProgress(filesLoaded: loader.filesLoaded, fileCount: loader.fileCount)
            }
            BackgroundLoading.start(loader, posting: terminal.external)
            state.message = notices.isEmpty ? nil : notices.joined(separator: " · ")
            var loop = ReaderLoop(state: state, theme: theme, perform: effects.perform)
            let final = loop.run(on: terminal)
            if let position = final.reading?.position {
                _ = effects.perform(.saveReadingPosition(position, now: true))
            }
            if let signal = terminal.pendingSignal { terminal.die(of: signal) }
            terminal.stop()
        }
    }
}
