import Foundation
import Testing

@Suite("weigh decision, export and import on the command line")
struct DecisionCommandTests {
    let library = WeighProcess.bundledLibrary.path
    typealias Sandbox = BookmarkCommandTests.Sandbox

    /// The first benefit claim's ref, as `weigh compare --format json` gives it.
    func firstClaimRef(_ sandbox: borrowing Sandbox) throws -> String {
        let compare = try sandbox.run(["compare", "--format", "json", "--library", library])
        let object = try #require(try JSONSerialization.jsonObject(with: compare.output) as? [String: Any])
        let topics = try #require(object["topics"] as? [[String: Any]])
        let claims = topics.flatMap { ($0["benefits"] as? [[String: Any]]) ?? [] }
        return try #require(claims.first?["ref"] as? String)
    }

    @Test func recordsAreShownAsJSONWithTheClaimAndItsSource() throws {
        let sandbox = try Sandbox()
        let ref = try firstClaimRef(sandbox)
        #expect(try sandbox.run(["decision", "rate", "addiction", "3", "--library", library]).lines == ["rated addiction: matters a lot to you (3)"])
        #expect(try sandbox.run(["decision", "rate", "cost", "2", "--library", library]).status == 0)
        #expect(try sandbox.run(["decision", "rate", "cost", "0", "--library", library]).lines == ["cleared the rating of cost"])
        #expect(try sandbox.run(["decision", "note", ref, "Worth asking", "--library", library]).lines == ["added note #1 on claim \(ref)"])
        #expect(try sandbox.run(["decision", "note", "onset", "How fast?", "--library", library]).status == 0)
        #expect(try sandbox.run(["decision", "ask", "What are my options?"]).lines == ["added question #1, number 1 in the list"])
        let lean = try sandbox.run(["decision", "lean", "unsure", "--sure", "ynny"])
        #expect(lean.status == 0 && lean.lines.first?.hasSuffix(": unsure (SURE YNNY)") == true, "\(lean.error)")

        let show = try sandbox.run(["decision", "show", "--format", "json"])
        #expect(show.status == 0, "\(show.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: show.output) as? [String: Any])
        #expect((object["importance"] as? [[String: Any]])?.map { $0["topic"] as? String } == ["addiction"])
        let notes = try #require(object["notes"] as? [[String: Any]])
        let claim = try #require(notes.first?["claim"] as? [String: Any])
        #expect(claim["ref"] as? String == ref && claim["article"] as? String == ref.split(separator: "/").first.map(String.init))
        #expect((claim["text"] as? String)?.isEmpty == false && (claim["articleTitle"] as? String)?.isEmpty == false)
        #expect(notes.last?["topic"] as? String == "onset")
        #expect((object["questions"] as? [[String: Any]])?.first?["text"] as? String == "What are my options?")
        #expect((object["stances"] as? [[String: Any]])?.first?["sure"] as? String == "YNNY")

        let text = try sandbox.run(["decision", "show"])
        #expect(text.text.contains("not medical advice") && text.text.contains("Worth asking"))
    }

    @Test func notesAndQuestionsAreEditedMovedAndDeleted() throws {
        let sandbox = try Sandbox()
        for question in ["First?", "Second?", "Third?"] {
            #expect(try sandbox.run(["decision", "ask", question]).status == 0)
        }
        #expect(try sandbox.run(["decision", "move", "3", "1"]).lines == ["question #3 is number 1 of 3"])
        #expect(try sandbox.run(["decision", "edit", "question", "1", "First, changed?"]).lines == ["changed question #1"])
        #expect(try sandbox.run(["decision", "delete", "question", "2"]).lines == ["deleted question #2"])
        #expect(try sandbox.run(["decision", "note", "cost", "Ask about insurance", "--library", library]).status == 0)
        #expect(try sandbox.run(["decision", "edit", "note", "1", "Ask about insurance and payment"]).lines == ["changed note #1"])
        #expect(try sandbox.run(["bookmarks", "add", "about", "--label", "start", "--library", library]).status == 0)
        #expect(try sandbox.run(["decision", "note", "bookmark:1", "Read again", "--library", library]).lines == ["added note #2 on bookmark #1"])

        let show = try sandbox.run(["decision", "show", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: show.output) as? [String: Any])
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.map { $0["text"] as? String } == ["Third?", "First, changed?"])
        #expect(questions.map { $0["position"] as? Int } == [0, 1])
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.map { $0["text"] as? String } == ["Ask about insurance and payment", "Read again"])
        #expect(notes.first?["topic"] as? String == "cost")
        let text = try sandbox.run(["decision", "show"])
        #expect(text.text.contains("On the bookmark “start”"), "\(text.text)")

        #expect(try sandbox.run(["decision", "delete", "note", "2"]).lines == ["deleted note #2"])
        let failures: [([String], String)] = [
            (["decision", "delete", "note", "2"], "Error: no note #2; 'weigh decision show --format json' lists them"),
            (["decision", "edit", "question", "9", "x"], "Error: no question #9"),
            (["decision", "move", "9", "1"], "Error: no question #9"),
            (["decision", "note", "bookmark:7", "x"], "Error: no bookmark #7; 'weigh bookmarks list' shows them"),
            (["decision", "note", "bookmark:x", "x"], "Error: 'bookmark:x': bookmark:ID takes a bookmark's number, as 'weigh bookmarks list' shows it"),
        ]
        for (arguments, message) in failures {
            let result = try sandbox.run(arguments + (arguments[1] == "note" ? ["--library", library] : []))
            #expect(result.status == 1 && result.error.trimmingCharacters(in: .whitespacesAndNewlines) == message, "\(arguments): \(result.error)")
        }
        let zero = try sandbox.run(["decision", "move", "1", "0"])
        #expect(zero.status != 0 && zero.error.contains("counted from 1"), "\(zero.error)")
    }

    @Test func anEmptyRecordSaysSoWithTheAdviceLine() throws {
        let sandbox = try Sandbox()
        for format in ["text", "markdown"] {
            let show = try sandbox.run(["decision", "show", "--format", format])
            #expect(show.status == 0 && show.text.contains("Nothing recorded yet") && show.text.contains("not medical advice"))
        }
    }

    @Test func unknownTopicsAndRefsAreOneLineWithASuggestion() throws {
        let sandbox = try Sandbox()
        let ref = try firstClaimRef(sandbox)
        let cases: [([String], String)] = [
            (["decision", "rate", "addicton", "2"], "Error: no topic 'addicton'; did you mean 'addiction'?"),
            (["decision", "note", ref + "0", "x"], "Error: no claim or topic '\(ref)0'; did you mean '\(ref)'?"),
            (["decision", "note", "cots", "x"], "Error: no claim or topic 'cots'; did you mean 'cost'?"),
            (["decision", "note", "\u{1B}[2J", "x"], "Error: no claim or topic '␛[2J'; "),
        ]
        for (arguments, message) in cases {
            let result = try sandbox.run(arguments + ["--library", library])
            #expect(result.status == 1 && result.error.hasPrefix(message) && result.error.split(separator: "\n").count == 1, "\(result.error)")
            #expect(!result.error.contains("\u{1B}"))
        }
        #expect(try sandbox.run(["decision", "rate", "cost", "5", "--library", library]).status != 0)
        #expect(try sandbox.run(["decision", "lean", "sideways"]).status != 0)
        let show = try sandbox.run(["decision", "show", "--format", "json"])
        #expect(((try JSONSerialization.jsonObject(with: show.output) as? [String: Any])?["notes"] as? [Any])?.isEmpty == true, "nothing was saved")
    }

    @Test func hostileTextIsShownNeutralizedAndAHundredKilobyteNoteIsKept() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run(["decision", "note", "cost", "red \u{1B}[31mALERT\u{1B}]0;title\u{7}", "--library", library]).status == 0)
        #expect(try sandbox.run(["decision", "ask", "Safe\u{1B}[2J?\u{9B}"]).status == 0)
        let big = String(repeating: "word ", count: 20_000)  // 100,000 characters
        #expect(try sandbox.run(["decision", "note", "cost", big, "--library", library]).status == 0)
        let tooBig = try sandbox.run(["decision", "note", "cost", big + "more", "--library", library])
        #expect(tooBig.status == 1 && tooBig.error.contains("longer than 100000 characters"))
        for format in ["text", "markdown", "json"] {
            let show = try sandbox.run(["decision", "show", "--format", format])
            #expect(show.status == 0)
            #expect(!show.output.contains(0x1B) && !show.text.contains("\u{9B}") && !show.text.contains("\u{7}"))
            // Markdown escapes the brackets; the text is the same.
            let text = show.text.replacingOccurrences(of: "\\", with: "")
            #expect(text.contains("␛[31mALERT␛]0;title␇") && text.contains("Safe␛[2J?"), "\(format)")
        }
        let json = try sandbox.run(["decision", "show", "--format", "json"])
        let notes = try #require((try JSONSerialization.jsonObject(with: json.output) as? [String: Any])?["notes"] as? [[String: Any]])
        #expect((notes.last?["text"] as? String)?.count == 99_999, "kept whole, the trailing space trimmed")
    }

    @Test func exportAndImportCarryEverythingAndMergeOnce() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.run(["bookmarks", "add", "risks", "--library", library]).status == 0)
        #expect(try sandbox.run(["decision", "rate", "cost", "4", "--library", library]).status == 0)
        #expect(try sandbox.run(["decision", "note", "cost", "expensive", "--library", library]).status == 0)
        #expect(try sandbox.run(["decision", "ask", "How much?"]).status == 0)
        #expect(try sandbox.run(["decision", "lean", "against"]).status == 0)
        let file = sandbox.folder.appendingPathComponent("personal.json").path
        let export = try sandbox.run(["export", file])
        #expect(export.lines == ["exported 1 bookmark, 1 rating, 1 note, 1 question, 1 stance to \(file)"], "\(export.error)")

        let other = try Sandbox()
        #expect(try other.run(["import", file]).lines == ["imported 1 bookmark, 1 rating, 1 note, 1 question, 1 stance; updated 0; skipped 0 already present"])
        #expect(try other.run(["import", file]).lines == ["imported 0 bookmarks, 0 ratings, 0 notes, 0 questions, 0 stances; updated 0; skipped 5 already present"])
        #expect(try other.run(["decision", "show", "--format", "json"]).output == (try sandbox.run(["decision", "show", "--format", "json"])).output)
        #expect(try other.run(["bookmarks", "list", "--json"]).output == (try sandbox.run(["bookmarks", "list", "--json"])).output)

        let bad = sandbox.folder.appendingPathComponent("bad.json")
        try Data(#"{"format": "weigh-personal-data", "version": 9}"#.utf8).write(to: bad)
        let refused = try other.run(["import", bad.path])
        #expect(refused.status == 1 && refused.error == "Error: invalid personal data file: version 9 is newer than this weigh reads (up to 1); nothing was imported\n")
    }
}
