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
        let library = try libraryOptions.load()
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
            store = try BookmarkDatabase(directory: dataOptions.directory)
            if let damage = store?.damageNotice { notices.append(damage.description) }
        } catch {
            unavailable = error.description
            notices.append(error.description)
        }
        if !library.problems.isEmpty {
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
            // The search index is built while the reader is already in use.
            state.searchIndexPending = true
            let external = terminal.external
            Thread.detachNewThread {
                external.post(.searchIndexReady(SearchIndexBox(LibrarySearchIndex(library))))
            }
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
