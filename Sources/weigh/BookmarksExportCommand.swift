import ArgumentParser
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
        let data: Data
        let count: Int
        do {
            data = try store.exportJSON()
            count = try store.allBookmarks().count
        } catch {
            throw error.commandFailure
        }
        guard let file, file != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw CommandFailure("cannot write \(file): \(BookmarksFileError.reason(error))")
        }
        print("exported \(plural(count, "bookmark")) to \(file)")
    }
}
