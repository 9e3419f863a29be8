import ArgumentParser
import PersonalStore
import Foundation

/// The `weigh` command: the full-screen reader by default, and the
/// plain-text subcommands beside it.
@main
struct Weigh: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weigh",
        abstract: "Read and weigh articles about ketamine-assisted therapy, risks and benefits side by side.",
        discussion: """
        With no subcommand, opens the full-screen reader on the library. The library is \
        found at --library, then $WEIGH_LIBRARY, then the config file's library, then ./Articles, then \
        the installed copy. The config file (weigh config --path says where) sets colors, keys and more.

        weigh presents what its sources say; it is not medical advice. Talk to a qualified \
        healthcare provider before making any decision about treatment.
        """,
        version: WeighVersion.current,
        subcommands: [ReadCommand.self, ListCommand.self, ShowCommand.self, SearchCommand.self, CompareCommand.self, CheckCommand.self, BookmarksCommand.self,
                      DecisionCommand.self, ExportCommand.self, ImportCommand.self, ConfigCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// Ignores SIGXFSZ first: on a full disk (or a file-size limit) a write
    /// then fails with an error the store reports, instead of the signal
    /// killing weigh without a word.
    /// Bare `weigh`, the common case, opens the reader without building
    /// the argument parser (its reflection costs a few milliseconds of
    /// start-up).
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        if CommandLine.arguments.count == 1 {
            do {
                try ReaderSession.run(libraryPath: nil, dataDirectory: DataDirectory.resolve(option: nil))
                Foundation.exit(0)
            } catch {
                exit(withError: error)
            }
        }
        main(nil)
    }
}
