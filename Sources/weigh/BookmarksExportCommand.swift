import ArgumentParser
import PersonalStore
import Foundation

/// `weigh bookmarks export [FILE]`: every bookmark as JSON in the
/// documented format (docs/bookmarks-format.md).
struct BookmarksExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write all bookmarks as JSON (to standard output unless a file is given)."
    )

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
              completion: .file())
    var file: String?

    func run() throws {
        let store = try dataOptions.openStore()
        let export: BookmarkExport
        do {
            // One read for the file and the count, so the count printed is
            // the file's even while other processes add bookmarks.
            export = try store.export()
        } catch {
            throw error.commandFailure
        }
        try TransferFile.write(export.json, to: file, confirmation: "exported \(plural(export.count, "bookmark")) to \(file ?? "")")
    }
}
