import Foundation
import Testing

/// The real reader in tmux: a rating made in the comparison is in the
/// store (so `weigh decision show` has it) and is there after a restart.
@Suite("Rating a topic in the reader", .serialized)
struct ReaderRatingTests {
    /// The reader on the bundled library with the sandbox's data folder, in
    /// tmux at 120×40, its first frame drawn.
    static func reader(_ sandbox: borrowing BookmarkCommandTests.Sandbox, environment: String = "") throws -> TmuxSession {
        let command = "\(environment) WEIGH_DATA_DIR=\(sandbox.data.path) \(WeighProcess.executable.path) --library Articles"
        let session = try TmuxSession(width: 120, height: 40, command: command + TmuxSession.afterwards)
        session.waitForReader()
        return session
    }

    @Test func rateInTheReaderFindItInDecisionShowAndAfterARestart() throws {
        let sandbox = try BookmarkCommandTests.Sandbox()
        let session = try Self.reader(sandbox)
        session.send("c")
        session.waitFor(text: "Comparison · all articles")
        // The first topic is "How well it works": it matters most.
        session.send("4")
        // The whole frame: its rows can arrive before its status line.
        let title = "How well it works — Does it help? · matters most to you"
        var screen = session.waitFor { lines in
            lines.contains { $0.contains(title) } && lines.last { !$0.isEmpty }?.contains("Saved: matters most to you") == true
        }
        #expect(screen.contains { $0.contains(title) }, "\(screen)")
        session.send("q")
        session.waitForExit()

        let show = try sandbox.run(["decision", "show", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: show.output) as? [String: Any])
        let ratings = try #require(object["importance"] as? [[String: Any]])
        #expect(ratings.map { $0["topic"] as? String } == ["effectiveness"])
        #expect(ratings.first?["level"] as? Int == 4)

        let again = try Self.reader(sandbox)
        again.send("c")
        screen = again.waitFor { $0.contains { $0.contains(title) } }
        #expect(screen.contains { $0.contains(title) })
        again.send("q")
        again.waitForExit()
    }

    /// In "My decision": say where I stand with the SURE check, write a
    /// question, write the summary page; all of it is in the store and on
    /// the page after quitting.
    @Test func standAskAndWriteTheSummaryFromMyDecision() throws {
        let sandbox = try BookmarkCommandTests.Sandbox()
        let session = try Self.reader(sandbox)
        session.send("d")
        session.waitFor(text: "My decision — d or Esc closes")
        session.send("l")
        session.waitFor(text: "Where do you stand?")
        session.send("u")
        session.waitFor(text: "SURE 1/4")
        session.send("y", "n", "n", "y")
        session.waitFor { lines in lines.contains { $0.contains("Now: unsure (") } && lines.contains { $0.contains("SURE: sure yes · understand the information no") } }
        session.send("Q")
        session.waitFor(text: "Question for your clinician")
        session.send(literal: "Is it 彼 safe with my blood pressure?")
        session.send("Enter")
        session.waitFor { lines in lines.contains { $0.contains("1. Is it 彼 safe with my blood pressure?") } }
        session.send("w")
        let screen = session.waitFor { lines in lines.last { !$0.isEmpty }?.contains("Written: ") == true }
        session.send("q")
        session.waitForExit()

        let folder = sandbox.data.appendingPathComponent("summaries")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1 && files.first?.hasPrefix("weigh-summary-") == true && files.first?.hasSuffix(".html") == true, "\(files)")
        #expect(screen.last { !$0.isEmpty }?.contains("/summaries/weigh-summary-") == true, "\(screen)")
        let page = try String(contentsOf: folder.appendingPathComponent(files.first ?? ""), encoding: .utf8)
        #expect(page.contains("Is it 彼 safe with my blood pressure?"))
        #expect(page.contains("not medical advice"))

        let show = try sandbox.run(["decision", "show", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: show.output) as? [String: Any])
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.map { $0["text"] as? String } == ["Is it 彼 safe with my blood pressure?"])
        let stances = try #require(object["stances"] as? [[String: Any]])
        #expect(stances.map { $0["leaning"] as? String } == ["unsure"])
        #expect(stances.first?["sure"] as? String == "YNNY", "\(stances)")
    }

    /// Ctrl-G in the note prompt opens $EDITOR on the terminal; what it
    /// saves is the note, paragraphs and all, and the reader comes back.
    @Test func aLongNoteWrittenInTheEditor() throws {
        let sandbox = try BookmarkCommandTests.Sandbox()
        let editor = sandbox.folder.appendingPathComponent("editor")
        try ExecutableScript.write("#!/bin/sh\nprintf 'Written in the editor.\\n\\nA second paragraph.\\n' > \"$1\"\n", to: editor.path)
        let session = try Self.reader(sandbox, environment: "EDITOR=\(editor.path)")
        session.send("c")
        session.waitFor(text: "Comparison · all articles")
        session.send("a")
        session.waitFor(text: "Ctrl-G editor")
        session.send("C-g")
        let screen = session.waitFor { lines in
            lines.last { !$0.isEmpty }?.contains("Note saved") == true && lines.contains { $0.contains("Comparison · all articles") }
        }
        #expect(screen.contains { $0.contains("Written in the editor.") }, "\(screen)")
        session.send("q")
        session.waitForExit()
        let show = try sandbox.run(["decision", "show", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: show.output) as? [String: Any])
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.map { $0["text"] as? String } == ["Written in the editor.\n\nA second paragraph."])
    }

    /// A note typed in the prompt, part of it pasted with line breaks and
    /// a "q" in it: the paste stays in the prompt (bracketed paste; tmux
    /// marks it because the reader asked), Enter saves the whole note, and
    /// it is there in `decision show` and under its claim after a restart.
    /// A paste where nothing is being typed runs nothing.
    @Test func aTypedAndPastedNoteIsKeptAndShownAfterARestart() throws {
        let sandbox = try BookmarkCommandTests.Sandbox()
        let session = try Self.reader(sandbox)
        try session.tmux(["set-buffer", "q"])
        try session.tmux(["paste-buffer", "-p", "-t", "main"])
        session.waitFor(text: "Pasted text is taken only where you type")
        session.send("c")
        session.waitFor(text: "Comparison · all articles")
        session.send("a")
        session.waitFor(text: "Ctrl-G editor")
        session.send(literal: "Typed, ")
        try session.tmux(["set-buffer", "pasted over\nthree lines\nq"])
        try session.tmux(["paste-buffer", "-p", "-t", "main"])
        session.waitFor(text: "Typed, pasted over three lines q")
        session.send("Enter")
        var screen = session.waitFor { lines in lines.last { !$0.isEmpty }?.contains("Note saved") == true }
        // Under its claim, wrapped to the column.
        #expect(screen.contains { $0.contains("✎ Typed, pasted over three") }, "\(screen)")
        session.send("q")
        session.waitForExit()

        let show = try sandbox.run(["decision", "show", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: show.output) as? [String: Any])
        let notes = try #require(object["notes"] as? [[String: Any]])
        #expect(notes.map { $0["text"] as? String } == ["Typed, pasted over three lines q"])

        let again = try Self.reader(sandbox)
        again.send("c")
        screen = again.waitFor(text: "✎ Typed, pasted over three")
        #expect(screen.contains { $0.contains("✎ Typed, pasted over three") }, "\(screen)")
        again.send("q")
        again.waitForExit()
    }
}
