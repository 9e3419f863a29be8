import Foundation
import Testing

/// The data folder replaced by a file, before a command starts
/// and while one is writing: one clear line, exit status 1, the file left
/// alone.
@Suite("The data folder replaced by a file", .serialized)
struct DataFolderReplacedTests {
    let library = WeighProcess.bundledLibrary.path

    @Test(arguments: [["list"], ["list", "--json"], ["export"], ["import", "IMPORT"], ["add", "about", "--library", "LIBRARY"]])
    func everyBookmarkCommandSaysSo(arguments: [String]) throws {
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("weigh")
        try Data("in the way\n".utf8).write(to: data)
        let importFile = folder.appendingPathComponent("import.json")
        try Data(ExportFile.text(labels: ["x"]).utf8).write(to: importFile)
        let command = ["bookmarks"] + arguments.map { $0 == "IMPORT" ? importFile.path : $0 == "LIBRARY" ? library : $0 }
        let result = try WeighProcess.run(command, environment: ["WEIGH_DATA_DIR": data.path])
        #expect(result.status == 1)
        #expect(result.error == "Error: bookmarks cannot be saved: \(data.path): it is a file, not a folder\n")
        #expect(result.output.isEmpty)
        #expect(try Data(contentsOf: data) == Data("in the way\n".utf8))
    }

    /// A process adding bookmarks one after another; the folder is deleted
    /// and a file put in its place. SQLite alone would go on "saving" into
    /// the deleted file and exit 0 with every one of them lost.
    @Test func aWriterWhoseFolderIsReplacedStopsWithAClearMessage() throws {
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("weigh")
        let errorFile = folder.appendingPathComponent("stderr")
        let writer = try BookmarkChild(["bookmarks", "add", "about", "--repeat", "100000", "--library", library],
                                       environment: ["WEIGH_DATA_DIR": data.path], errorFile: errorFile)
        #expect(writer.waitForLines(5, timeout: 10))
        // Moved away in one step, so the writer sees the folder either
        // gone or a file, never half deleted.
        try FileManager.default.moveItem(at: data, to: folder.appendingPathComponent("old"))
        try Data("in the way\n".utf8).write(to: data)
        let status = writer.finish()
        #expect(BookmarkChild.exitedNormally(status) && BookmarkChild.exitCode(status) == 1, "status \(status)")
        let error = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        // Between the removal and the new file, the folder is briefly gone.
        let replaced = "Error: bookmarks cannot be saved: \(data.path): it is a file, not a folder (it was replaced while weigh was running)\n"
        let gone = "Error: bookmarks cannot be saved: \(data.path): the folder was deleted or moved while weigh was running\n"
        #expect(error == replaced || error == gone, "\(error)")
        #expect(writer.lines.count < 100_000)
        #expect(try Data(contentsOf: data) == Data("in the way\n".utf8))
    }
}
