import ArgumentParser

/// The `weigh` command: the full-screen reader by default, and the
/// plain-text subcommands beside it.
@main
struct Weigh: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weigh",
        abstract: "Read and weigh articles about ketamine-assisted therapy, risks and benefits side by side.",
        discussion: """
        With no subcommand, opens the full-screen reader on the library. The library is \
        found at --library, then $WEIGH_LIBRARY, then ./Articles, then the installed copy.

        weigh presents what its sources say; it is not medical advice. Talk to a qualified \
        healthcare provider before making any decision about treatment.
        """,
        version: "0.1.0",
        subcommands: [ReadCommand.self, ListCommand.self, ShowCommand.self, SearchCommand.self, CompareCommand.self, CheckCommand.self, BookmarksCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
