import Foundation
import Testing

@Suite("weigh bookmarks on the command line")
struct BookmarkCommandTests {
    let library = WeighProcess.bundledLibrary.path

    /// A fresh data folder and a way to run `weigh` against it.
    struct Sandbox: ~Copyable {
        let folder: URL
        var data: URL { folder.appendingPathComponent("data") }
        var environment: [String: String] { ["WEIGH_DATA_DIR": data.path] }

        init() throws { folder = try WeighProcess.temporaryFolder() }
        deinit { try? FileManager.default.removeItem(at: folder) }

        func run(_ arguments: [String]) throws -> WeighProcess.Result {
            try WeighProcess.run(arguments, environment: environment)
        }
    }

    @Test func emptyListSaysSo() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.run(["bookmarks", "list"])
        #expect(result.status == 0)
        #expect(result.lines == ["no bookmarks yet"])
        #expect(try sandbox.run(["bookmarks", "list", "--json"]).lines == ["[]"])
    }

    @Test func addThenListGroupsByArticleNewestFirst() throws {
        let sandbox = try Sandbox()
        let first = try sandbox.run(["bookmarks", "add", "risks", "--label", "start here", "--library", library])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.lines == [#"added bookmark #1 in risks-of-ketamine-assisted-therapy at "The Risks of Ketamine-Assisted Therapy" labelled "start here""#])
        let second = try sandbox.run(["bookmarks", "add", "pros-and-cons-of-ketamine-infusions", "--section", "what-ketamine-is", "--library", library])
        #expect(second.lines == [#"added bookmark #2 in pros-and-cons-of-ketamine-infusions at "What ketamine is""#])
        #expect(try sandbox.run(["bookmarks", "add", "risks", "--library", library]).status == 0)

        let list = try sandbox.run(["bookmarks", "list"])
        #expect(list.status == 0)
        #expect(list.lines.count == 5)
        #expect(list.lines[0] == "risks-of-ketamine-assisted-therapy (2 bookmarks)")
        #expect(list.lines[1].hasPrefix("  #3  "))
        #expect(list.lines[2].hasPrefix("  #1  ") && list.lines[2].contains("  \"start here\"  "))
        #expect(list.lines[3] == "pros-and-cons-of-ketamine-infusions (1 bookmark)")
        #expect(list.lines[4].hasPrefix("  #2  ") && list.lines[4].contains("  What ketamine is  "))

        let json = try sandbox.run(["bookmarks", "list", "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: json.output) as? [[String: Any]])
        #expect(entries.map { $0["id"] as? Int } == [3, 2, 1])
        #expect(entries[1]["sectionTitle"] as? String == "What ketamine is")
        #expect((entries[1]["blockIndex"] as? Int ?? 0) > 0)
        #expect(entries[1]["label"] is NSNull)
        #expect((entries[1]["excerpt"] as? String)?.isEmpty == false)
        #expect((entries[0]["createdAt"] as? String)?.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/) != nil)
    }

    @Test func addRefusesUnknownArticlesAndSections() throws {
        let sandbox = try Sandbox()
        let article = try sandbox.run(["bookmarks", "add", "ketamine-safty-myths", "--library", library])
        #expect(article.status == 1)
        #expect(article.error.hasPrefix("Error: no article 'ketamine-safty-myths'"))
        #expect(article.error.contains("ketamine-safety-myths"))
        let section = try sandbox.run(["bookmarks", "add", "about", "--section", "before-you-decid", "--library", library])
        #expect(section.status == 1)
        #expect(section.error == "Error: no section 'before-you-decid' in 'about'; did you mean 'before-you-decide'?\n")
        #expect(try sandbox.run(["bookmarks", "list"]).lines == ["no bookmarks yet"])
    }

    @Test func exportImportRoundTripAndImportingTwiceAddsNothing() throws {
        let sandbox = try Sandbox()
        for label in ["a", "b", "c"] {
            #expect(try sandbox.run(["bookmarks", "add", "about", "--label", label, "--library", library]).status == 0)
        }
        let file = sandbox.folder.appendingPathComponent("out.json")
        let exported = try sandbox.run(["bookmarks", "export", file.path])
        #expect(exported.status == 0)
        #expect(exported.lines == ["exported 3 bookmarks to \(file.path)"])
        let stdout = try sandbox.run(["bookmarks", "export"])
        #expect(stdout.output == (try Data(contentsOf: file)))
        let object = try #require(try JSONSerialization.jsonObject(with: stdout.output) as? [String: Any])
        #expect(object["format"] as? String == "weigh-bookmarks")
        #expect(object["version"] as? Int == 1)
        #expect((object["bookmarks"] as? [Any])?.count == 3)

        let other = try Sandbox()
        let first = try WeighProcess.run(["bookmarks", "import", file.path], environment: other.environment)
        #expect(first.status == 0)
        #expect(first.lines == ["imported 3, skipped 0"])
        let second = try WeighProcess.run(["bookmarks", "import", file.path], environment: other.environment)
        #expect(second.lines == ["imported 0, skipped 3"])
        #expect(try WeighProcess.run(["bookmarks", "export"], environment: other.environment).output == stdout.output)
    }

    @Test func anInvalidImportIsOneErrorLineAndChangesNothing() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run(["bookmarks", "add", "about", "--library", library]).status == 0)
        let before = try sandbox.run(["bookmarks", "export"]).output
        let file = sandbox.folder.appendingPathComponent("bad.json")
        try Data(#"{"format": "weigh-bookmarks", "version": 1, "bookmarks": [{"articleID": "x", "blockIndex": 0, "offset": -3, "excerpt": "", "createdAt": "2026-11-25T14:05:12Z"}]}"#.utf8).write(to: file)
        let result = try sandbox.run(["bookmarks", "import", file.path])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error == "Error: invalid bookmarks file: bookmarks[0].offset: must be between 0 and 100000000; nothing was imported\n")
        #expect(try sandbox.run(["bookmarks", "export"]).output == before)

        let missing = try sandbox.run(["bookmarks", "import", sandbox.folder.appendingPathComponent("nope.json").path])
        #expect(missing.status == 1)
        #expect(missing.error.hasPrefix("Error: cannot read ") && missing.error.hasSuffix(": no such file or directory\n"))
    }

    @Test func anUnwritableDataFolderIsAClearError() throws {
        let sandbox = try Sandbox()
        let blocker = sandbox.folder.appendingPathComponent("afile")
        try Data("x".utf8).write(to: blocker)
        let folder = blocker.appendingPathComponent("weigh").path
        for arguments in [["bookmarks", "list"], ["bookmarks", "add", "about", "--library", library]] {
            let result = try WeighProcess.run(arguments + ["--data-dir", folder])
            #expect(result.status == 1)
            #expect(result.error == "Error: bookmarks cannot be saved: \(folder): cannot create the folder \(folder) (not a directory)\n")
        }
    }

    @Test func aDamagedDatabaseIsReportedMovedAsideAndReplaced() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.data, withIntermediateDirectories: true)
        let junk = Data("this is not a database\n".utf8)
        try junk.write(to: sandbox.data.appendingPathComponent("weigh.sqlite"))
        let first = try sandbox.run(["bookmarks", "add", "about", "--library", library])
        #expect(first.status == 0)
        #expect(first.error.contains("weigh: personal database was damaged; moved aside to \(sandbox.data.path)/weigh.sqlite.damaged-"))
        let moved = try #require(try FileManager.default.contentsOfDirectory(atPath: sandbox.data.path).first { $0.hasPrefix("weigh.sqlite.damaged-") })
        #expect(try Data(contentsOf: sandbox.data.appendingPathComponent(moved)) == junk)
        let list = try sandbox.run(["bookmarks", "list"])
        #expect(list.error.isEmpty, "told once")
        #expect(list.lines.count == 2)
    }
}
