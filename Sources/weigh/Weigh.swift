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
    /// The reader with only its own options (`ReaderArguments`), the
    /// common case, opens without building the argument parser (its
    /// reflection costs a few milliseconds of start-up).
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        if let reader = ReaderArguments.parse(Array(CommandLine.arguments.dropFirst())) {
            do {
                try ReaderSession.run(libraryPath: reader.library, dataDirectory: DataDirectory.resolve(option: reader.dataDir),
                                      configPath: reader.config)
                Foundation.exit(0)
            } catch {
                exit(withError: error)
            }
        }
        main(nil)
    }
}
