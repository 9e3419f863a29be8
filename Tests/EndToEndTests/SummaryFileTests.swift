import Foundation
import Testing
@testable import weigh

/// The reader's summary file: `summaries/weigh-summary-DAY.html` in the
/// data folder, private, never replacing an earlier one.
@Suite("Summary files in the data folder")
struct SummaryFileTests {
    static func mode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    @Test func theDaysNameThenTheNextFreeNumberInAPrivateFolder() throws {
        let home = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let data = home.appendingPathComponent("not/yet/made")
        let day = Date(timeIntervalSince1970: 20_426 * 86_400)  // 2025-12-04

        let first = try SummaryFile.write("<p>first</p>", dataFolder: data, date: day)
        #expect(first.path == data.path + "/summaries/weigh-summary-2025-12-04.html")
        let second = try SummaryFile.write("<p>second</p>", dataFolder: data, date: day)
        #expect(second.lastPathComponent == "weigh-summary-2025-12-04-2.html")
        try FileManager.default.removeItem(at: second)
        try Data().write(to: data.appendingPathComponent("summaries/weigh-summary-2025-12-04-3.html"))
        #expect(try SummaryFile.write("<p>third</p>", dataFolder: data, date: day).lastPathComponent == "weigh-summary-2025-12-04-2.html")
        #expect(try SummaryFile.write("<p>fourth</p>", dataFolder: data, date: day).lastPathComponent == "weigh-summary-2025-12-04-4.html",
                "a name someone else took is passed over")

        #expect(try String(contentsOf: first, encoding: .utf8) == "<p>first</p>", "the earlier summary is untouched")
        #expect(try Self.mode(first) == 0o600)
        #expect(try Self.mode(data.appendingPathComponent("summaries")) == 0o700)
        #expect(try Self.mode(data) == 0o700)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("summaries").path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary file is left behind")
    }

    @Test func aFolderThatCannotBeMadeIsOneLineThatSaysWhere() throws {
        let home = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent("a-file")
        try Data().write(to: file)
        #expect {
            try SummaryFile.write("x", dataFolder: file, date: Date())
        } throws: { error in
            "\(error)".hasPrefix("cannot write the summary in \(file.path)/summaries: ")
        }
    }
}
