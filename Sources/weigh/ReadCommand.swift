import ArgumentParser
import ArticleKit
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

    func run() throws {
        let library = try libraryOptions.load()
        if let problem = TerminalAvailability.check() {
            throw CommandFailure(problem.description)
        }
        let theme = Theme.forEnvironment(ProcessInfo.processInfo.environment)
        MainActor.assumeIsolated {
            let terminal = CursesTerminal(theme: theme)
            terminal.start()
            var state = AppState(library: library, size: terminal.size)
            if !library.problems.isEmpty {
                state.message = "\(plural(library.problems.count, "problem")) in the library: run 'weigh check'"
            }
            var loop = ReaderLoop(state: state, theme: theme)
            loop.run(on: terminal)
            if let signal = terminal.pendingSignal { terminal.die(of: signal) }
            terminal.stop()
        }
    }
}
