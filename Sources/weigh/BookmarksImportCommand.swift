import ArgumentParser
import Foundation

/// `weigh bookmarks import FILE`: merges an exported file; bookmarks
/// already present are skipped, an invalid file imports nothing.
struct BookmarksImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge bookmarks from a JSON file made by 'weigh bookmarks export'.",
        discussion: "Bookmarks already present are skipped, so importing a file twice adds nothing. "
            + "If anything in the file is invalid, nothing is imported."
    )

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("The file to import ('-' for standard input).", valueName: "file"),
              completion: .file())
    var file: String

    func run() throws {
        let data = try TransferFile.read(file)
        let store = try dataOptions.openStore()
        do {
            let summary = try store.importJSON(data)
            print("imported \(summary.imported), skipped \(summary.skipped)")
        } catch {
            throw error.commandFailure
        }
    }
}
