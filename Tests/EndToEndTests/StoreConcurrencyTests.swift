import Foundation
import Testing

/// The store under load: many `weigh` processes on one data
/// folder at the same moment.
@Suite("The store with many processes at once", .serialized)
struct StoreConcurrencyTests {
    let library = WeighProcess.bundledLibrary.path

    /// Ten processes released together on a folder that does not exist
    /// yet, so they race to create it, create the database, switch it to
    /// WAL and migrate it. Import needs no library, so each reaches the
    /// store at once, and each also writes.
    @Test func tenProcessesStartingAtOnceOnAnEmptyFolderAllOpenIt() throws {
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data/weigh")
        let environment = ["WEIGH_DATA_DIR": data.path]
        let start = try StartLine()
        let children = try (0..<10).map { index in
            let file = folder.appendingPathComponent("import-\(index).json")
            try Data(ExportFile.text(labels: ["p\(index)"]).utf8).write(to: file)
            return try BookmarkChild(["bookmarks", "import", file.path], environment: environment,
                                     errorFile: folder.appendingPathComponent("stderr-\(index)"),
                                     shell: StartLine.wait, input: start.readEnd)
        }
        start.release()
        for (index, child) in children.enumerated() {
            let status = child.finish()
            let errors = (try? String(contentsOf: folder.appendingPathComponent("stderr-\(index)"), encoding: .utf8)) ?? ""
            #expect(BookmarkChild.exitedNormally(status) && BookmarkChild.exitCode(status) == 0, "process \(index): \(errors)")
            #expect(child.lines == ["imported 1, skipped 0"], "process \(index): \(errors)")
            #expect(errors.isEmpty, "process \(index)")
        }
        let stored = try ExportFile.decode(try WeighProcess.run(["bookmarks", "export"], environment: environment).output)
        #expect(stored.bookmarks.compactMap(\.label).sorted() == (0..<10).map { "p\($0)" }.sorted())
        let names = try FileManager.default.contentsOfDirectory(atPath: data.path)
        #expect(!names.contains { $0.contains("damaged") }, "\(names)")
    }

    /// 8 processes each add 500 bookmarks, one transaction each, while
    /// exports run back to back: every export is a valid file whose count
    /// only grows, and at the end all 4,000 are there.
    @Test func eightWritersOfFiveHundredWhileAnotherExports() throws {
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["WEIGH_DATA_DIR": folder.appendingPathComponent("data").path]
        let start = try StartLine()
        let writers = try (0..<8).map { index in
            try BookmarkChild(["bookmarks", "add", "about", "--label", "w\(index)", "--repeat", "500", "--library", library],
                              environment: environment, errorFile: folder.appendingPathComponent("stderr-\(index)"),
                              shell: StartLine.wait, input: start.readEnd)
        }
        start.release()
        var exports = 0
        var lastCount = 0
        var sawWritesInProgress = false
        while exports < 2 || writers.contains(where: { !$0.hasExited }) {
            // Alternately to standard output and to a file, whose printed
            // count must match what the file holds.
            let toFile = exports.isMultiple(of: 2)
            let file = folder.appendingPathComponent("export-\(exports).json")
            let exporter = try BookmarkChild(["bookmarks", "export"] + (toFile ? [file.path] : []), environment: environment,
                                             errorFile: folder.appendingPathComponent("stderr-export"))
            let status = exporter.finish()
            #expect(BookmarkChild.exitedNormally(status) && BookmarkChild.exitCode(status) == 0, "export \(exports)")
            let bytes = toFile ? try Data(contentsOf: file) : exporter.receivedData
            let exported = try #require(try? ExportFile.decode(bytes), "export \(exports) is not a valid file: \(bytes.prefix(200))")
            let count = exported.bookmarks.count
            if toFile {
                #expect(exporter.lines == ["exported \(count) bookmark\(count == 1 ? "" : "s") to \(file.path)"])
            }
            #expect(count >= lastCount && count <= 4000, "export \(exports): \(count) after \(lastCount)")
            if count > 0 && count < 4000 { sawWritesInProgress = true }
            lastCount = count
            exports += 1
        }
        #expect(sawWritesInProgress, "at least one export ran while the writers were writing")

        var confirmed: Set<Int> = []
        for (index, writer) in writers.enumerated() {
            let status = writer.finish()
            let errors = (try? String(contentsOf: folder.appendingPathComponent("stderr-\(index)"), encoding: .utf8)) ?? ""
            #expect(BookmarkChild.exitedNormally(status) && BookmarkChild.exitCode(status) == 0, "writer \(index): \(errors)")
            #expect(writer.lines.count == 500, "writer \(index): \(errors)")
            confirmed.formUnion(BookmarkDurabilityTests.ids(in: writer.lines))
        }
        #expect(confirmed.count == 4000)
        let stored = try BookmarkDurabilityTests.storedBookmarks(environment)
        #expect(Set(stored.map(\.id)) == confirmed)
        for index in 0..<8 {
            #expect(stored.filter { $0.label == "w\(index)" }.count == 500, "writer \(index)")
        }
    }
}
