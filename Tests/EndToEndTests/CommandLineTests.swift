import Foundation
import Testing

@Suite("The weigh command line")
struct CommandLineTests {
    let library = WeighProcess.bundledLibrary.path

    @Test func listShowsEveryBundledArticle() throws {
        let result = try WeighProcess.run(["list", "--library", library])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(result.lines.count == 4)
        #expect(result.text.contains("about"))
        #expect(result.lines.allSatisfy { $0.contains("section") && $0.contains("claim") })
    }

    @Test func listJSONIsStructured() throws {
        let result = try WeighProcess.run(["list", "--json", "--library", library])
        #expect(result.status == 0)
        let articles = try #require(try JSONSerialization.jsonObject(with: result.output) as? [[String: Any]])
        #expect(articles.count == 4)
        #expect(articles.allSatisfy { $0["id"] is String && $0["title"] is String && $0["sections"] is [String] })
    }

    @Test func checkPassesOnTheBundledLibrary() throws {
        let result = try WeighProcess.run(["check", library])
        #expect(result.status == 0)
        #expect(result.lines.count == 1)
        #expect(result.text.hasPrefix("ok: 4 articles"))
    }

    @Test func checkReportsEveryProblemAsFileLineMessage() throws {
        let result = try WeighProcess.run(["check", WeighProcess.fixtureLibrary.path])
        #expect(result.status == 1)
        #expect(result.lines.count >= 10)
        let pattern = /^.+\.(md|yaml)(:\d+)?: .+$/
        #expect(result.lines.allSatisfy { $0.wholeMatch(of: pattern) != nil }, "\(result.lines)")
        #expect(result.text.contains("unknown-topic.md:4: unknown topic 'onsett'"))
        #expect(result.error.contains("problems"))
    }

    @Test(arguments: [20, 40, 80])
    func showWrapsToTheWidth(width: Int) throws {
        let result = try WeighProcess.run(["show", "pros-and-cons-of-ketamine-infusions", "--width", String(width), "--library", library])
        #expect(result.status == 0)
        #expect(result.lines.count > 20)
        #expect(result.lines.allSatisfy { $0.count <= width }, "\(result.lines.filter { $0.count > width })")
        #expect(result.lines.contains("│ About this source"))
        #expect(result.lines.contains { $0.hasPrefix("│ Kind: ") })
        #expect(result.lines.joined(separator: " ").contains("not medical advice"))
    }

    @Test func showAcceptsAUniquePrefix() throws {
        let result = try WeighProcess.run(["show", "risks", "--library", library])
        #expect(result.status == 0)
        #expect(result.lines.first == "The Risks of Ketamine-Assisted Therapy")
    }

    @Test func unknownArticleSuggestsCloseIds() throws {
        let result = try WeighProcess.run(["show", "ketamine-safty-myths", "--library", library])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("no article 'ketamine-safty-myths'"))
        #expect(result.error.contains("did you mean 'ketamine-safety-myths'?"))
        #expect(result.error.split(separator: "\n").count == 1)
    }

    @Test func missingLibrarySaysWhereItLooked() throws {
        let empty = try WeighProcess.temporaryFolder()
        let notFound = try WeighProcess.run(["list", "--library", "/nonexistent/lib"])
        #expect(notFound.status == 1)
        #expect(notFound.error.contains("no library at /nonexistent/lib"))

        let nowhere = try WeighProcess.run(["list"], in: empty)
        #expect(nowhere.status == 1)
        #expect(nowhere.error.contains("no library found; looked in \(empty.path)/Articles"))
        #expect(nowhere.error.contains("WEIGH_LIBRARY"))

        let fromEnvironment = try WeighProcess.run(["list"], in: empty, environment: ["WEIGH_LIBRARY": library])
        #expect(fromEnvironment.status == 0)
    }

    @Test func aFileIsNotALibrary() throws {
        let result = try WeighProcess.run(["check", WeighProcess.bundledLibrary.appendingPathComponent("topics.yaml").path])
        #expect(result.status == 1)
        #expect(result.error.contains("is not a folder"))
        #expect(!result.error.contains("Fatal error"))
    }

    @Test func hostileTextNeverReachesStdoutRaw() throws {
        let folder = try WeighProcess.temporaryFolder()
        try "topics:\n  - {id: t, title: T, question: Q}\n".write(to: folder.appendingPathComponent("topics.yaml"), atomically: true, encoding: .utf8)
        let hostile = "---\ntitle: \"Evil \\e]0;pwned\\a title\"\nsummary: \"\\x9b2J\"\n---\n# Evil\n\nRaw \u{1B}[31m red \u{1B}]52;c;aGk=\u{07} and &#27;[2J and &#x9b;H and \u{7F} and \u{85}\n\n| a\u{1B}[1m | b |\n|---|---|\n| \u{1B}]8;;http://x\u{1B}\\ | &#x1b; |\n"
        try hostile.write(to: folder.appendingPathComponent("evil.md"), atomically: true, encoding: .utf8)
        for arguments in [["show", "evil"], ["list"], ["list", "--json"], ["check"]] {
            let result = try WeighProcess.run(arguments + ["--library", folder.path])
            let forbidden = result.output.filter { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F }
            #expect(forbidden.isEmpty, "\(arguments): \(forbidden)")
            #expect(!result.text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "\(arguments) wrote a C1 control")
        }
    }

    @Test func helpReadsWell() throws {
        let result = try WeighProcess.run(["--help"])
        #expect(result.status == 0)
        for subcommand in ["list", "show", "check"] {
            #expect(result.text.contains(subcommand))
        }
        #expect(result.text.contains("not medical advice"))
    }
}
