import ArgumentParser
import PersonalStore
import Foundation

/// `weigh export [FILE]`: everything personal — bookmarks, ratings, notes,
/// questions, the stance history — as one JSON file
/// (docs/personal-data-format.md).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write everything personal (bookmarks, ratings, notes, questions, stances) as JSON."
    )

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"), completion: .file())
    var file: String?

    func run() throws {
        let store = try dataOptions.openStore()
        let export: PersonalDataExport
        do {
            export = try store.exportPersonalData()
        } catch {
            throw error.commandFailure
        }
        try TransferFile.write(export.json, to: file, confirmation: "exported \(export.counts) to \(file ?? "")")
    }
}
