import Foundation
import Testing

@Suite("weigh search")
struct SearchCommandTests {
    let bundled = WeighProcess.bundledLibrary.path
    static let keys: Set = ["articleID", "articleTitle", "kind", "section", "sectionTitle", "blockIndex", "claimIndex",
                            "matchOffset", "matchLength", "snippet", "snippetMatch"]

    /// A library of two small articles in a temporary folder.
    static func smallLibrary() throws -> String {
        let folder = try WeighProcess.temporaryFolder()
        let files = [
            "topics.yaml": """
            topics:
              - id: onset
                title: How fast it acts
                question: How soon might it work?
            """,
            "a-first.md": """
            ---
            id: first
            title: Dosing in practice
            summary: How a dose is chosen.
            claims:
              - stance: benefit
                topic: onset
                text: A low dose may act within hours.
                section: timing
            ---
            ## Timing

            The first dose is small; a second dose
            follows if needed. Café staff are not involved.
            """,
            "b-second.md": """
            ---
            id: second
            title: Another view
            ---
            ## Dose limits

            Nothing more to say about it.
            """,
        ]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder.path
    }

    @Test func textListsResultsRankedWithTheMatchMarked() throws {
        let result = try WeighProcess.run(["search", "dose", "--library", Self.smallLibrary()])
        #expect(result.status == 0)
        #expect(result.lines == [
            "second › heading — «Dose» limits",
            "first › Timing › claim — A low «dose» may act within hours.",
            "first › summary — How a «dose» is chosen.",
            "first › Timing — The first «dose» is small; a second dose follows if needed. Café staff are not…",
            "first › Timing — The first dose is small; a second «dose» follows if needed. Café staff are not…",
            "5 results",
        ])
        #expect(result.error.isEmpty)
    }

    @Test func accentsAndLineBreaksAreLookedThrough() throws {
        let library = try Self.smallLibrary()
        let cafe = try WeighProcess.run(["search", "cafe", "--library", library])
        #expect(cafe.status == 0)
        #expect(cafe.lines.first?.contains("«Café»") == true)
        let phrase = try WeighProcess.run(["search", "second", "dose", "follows", "--library", library])
        #expect(phrase.status == 0)
        #expect(phrase.lines.first?.contains("«second dose follows»") == true)
        #expect(phrase.lines.last == "1 result")
    }

    @Test func jsonIsAnArrayOfResults() throws {
        let result = try WeighProcess.run(["search", "dose", "--json", "--library", Self.smallLibrary()])
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: result.output) as? [[String: Any]])
        #expect(array.count == 5)
        #expect(array.map { $0["kind"] as? String } == ["heading", "claim", "summary", "body", "body"])
        let claim = array[1]
        #expect(claim["articleID"] as? String == "first")
        #expect(claim["articleTitle"] as? String == "Dosing in practice")
        #expect(claim["section"] as? String == "timing")
        #expect(claim["sectionTitle"] as? String == "Timing")
        #expect(claim["blockIndex"] as? Int == 0)
        #expect(claim["claimIndex"] as? Int == 0)
        #expect(claim["matchOffset"] as? Int == 6)
        #expect(claim["snippet"] as? String == "A low dose may act within hours.")
        let span = try #require(claim["snippetMatch"] as? [String: Int])
        #expect(span == ["start": 6, "end": 10])
        #expect(array.allSatisfy { Set($0.keys) == Self.keys })
        #expect(array[0]["claimIndex"] is NSNull)
        #expect(array[3]["blockIndex"] as? Int == 1)
        #expect(array[4]["matchOffset"] as? Int == 34)
    }

    @Test func noResultsExitsOneWithALineOnStandardError() throws {
        let result = try WeighProcess.run(["search", "zebra", "--library", bundled])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error == "weigh: no results for 'zebra'\n")
        let json = try WeighProcess.run(["search", "zebra", "--json", "--library", bundled])
        #expect(json.status == 1)
        #expect((try JSONSerialization.jsonObject(with: json.output) as? [Any])?.isEmpty == true)
    }

    @Test func theQueryIsSanitizedBeforeItIsEchoed() throws {
        let result = try WeighProcess.run(["search", "\u{1B}[31mzebra", "--library", bundled])
        #expect(result.status == 1)
        #expect(result.error.contains("no results for '␛[31mzebra'"))
        #expect(!result.error.contains("\u{1B}"))
    }

    @Test func anEmptyQueryIsAUsageError() throws {
        let result = try WeighProcess.run(["search", "  ", "--library", bundled])
        #expect(result.status == 64)
        #expect(result.error.contains("give a word or phrase to search for"))
    }

    @Test func limitCutsTheListAndSaysSo() throws {
        let result = try WeighProcess.run(["search", "ketamine", "--limit", "2", "--library", bundled])
        #expect(result.status == 0)
        #expect(result.lines.count == 3)
        #expect(result.lines[0].contains(" › title — ") && result.lines[0].contains("«Ketamine»"))
        #expect(result.lines[2] == "2 results shown; there are more (raise --limit to see them)")
        let invalid = try WeighProcess.run(["search", "ketamine", "--limit", "0", "--library", bundled])
        #expect(invalid.status == 64)
    }

    @Test func theBundledLibraryRanksTitlesAndHeadingsBeforeBodies() throws {
        let result = try WeighProcess.run(["search", "side effects", "--library", bundled])
        #expect(result.status == 0)
        let lines = result.lines.dropLast()
        #expect(lines.first == "risks-of-ketamine-assisted-therapy › heading — «Side effects»")
        #expect(lines.allSatisfy { $0.contains("«") && $0.contains("»") })
        let firstBody = try #require(lines.firstIndex { !$0.contains(" › heading — ") && !$0.contains(" › claim — ") && !$0.contains(" › summary — ") })
        #expect(lines[firstBody...].allSatisfy { !$0.contains(" › heading — ") })
        #expect(result.lines.last == "\(lines.count) results")
    }
}
