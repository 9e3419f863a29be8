import ArgumentParser
import PersonalStore
import Foundation

/// `weigh import FILE`: merges a file made by `weigh export`; what is
/// already there is skipped, an invalid file imports nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge a file made by 'weigh export' (bookmarks, ratings, notes, questions, stances).",
        discussion: "Records already present are skipped, so importing a file twice changes nothing. "
            + "If anything in the file is invalid, nothing is imported."
    )

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("The file to import ('-' for standard input).", valueName: "file"), completion: .file())
    var file: String

    func run() throws {
        let data = try TransferFile.read(file)
        let store = try dataOptions.openStore()
        do {
            let summary = try store.importPersonalData(data)
            print("imported \(summary.added); updated \(summary.updated); skipped \(summary.skipped) already present")
        } catch {
            throw error.commandFailure
        }
    }
}
