import ArgumentParser
import ArticleKit
import PersonalStore
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
    @Option(name: .long, help: ArgumentHelp("The config file, instead of $WEIGH_CONFIG or ~/.config/weigh/config.yaml.", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
    var config: String?

    func run() throws {
        try ReaderSession.run(libraryPath: libraryOptions.library, dataDirectory: dataOptions.directory, configPath: config)
    }
}
