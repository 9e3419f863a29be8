import ArgumentParser

/// `weigh bookmarks`: list, add, export and import bookmarks from the
/// command line.
struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks",
        abstract: "List, add, export and import bookmarks.",
        discussion: """
        Bookmarks and reading positions are kept in weigh.sqlite in the data folder: \
        --data-dir, then $WEIGH_DATA_DIR, then $XDG_DATA_HOME/weigh, then ~/.local/share/weigh.
        """,
        subcommands: [BookmarksListCommand.self, BookmarksAddCommand.self, BookmarksExportCommand.self, BookmarksImportCommand.self],
        defaultSubcommand: BookmarksListCommand.self
    )
}
