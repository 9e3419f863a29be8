import Foundation
import Testing

/// What a terminal can throw at the reader besides ordinary keys: a
/// 10,000-character paste into a prompt, invalid UTF-8 and escape
/// sequences ncurses does not know, mouse events outside every pane.
@Suite("The terminal, abused", .serialized)
struct TerminalAbuseTests {
    let weigh = "\(WeighProcess.executable.path) --library Articles"

    /// `00000,00001,…` cut at 10,000 characters: any piece shows where it
    /// came from.
    static let paste = String((0..<2_000).map { String(format: "%05d,", $0) }.joined().prefix(10_000))
    /// What a prompt keeps of it (`Prompt.maximumLength`).
    static let kept = String(paste.prefix(200))

    /// The text a prompt shows between its question and the cursor.
    static func promptText(in status: String, question: String) -> String? {
        guard let start = status.range(of: question + ": "), let end = status.range(of: "▏", range: start.upperBound..<status.endIndex) else { return nil }
        return String(status[start.upperBound..<end.lowerBound])
    }

    /// Pastes into the open prompt, waits until it shows the end of what it
    /// keeps, then presses `finish` and waits for `finished`: the key after
    /// the paste is read only once all 10,000 characters have been. Returns
    /// the seconds from paste to `finished`, and the text the prompt showed.
    static func paste(_ session: TmuxSession, file: URL, question: String, finish: String, finished: String) throws -> (seconds: Double, shown: String) {
        try session.tmux(["load-buffer", file.path])
        let start = Date()
        try session.tmux(["paste-buffer", "-t", "main"])
        var shown = ""
        session.waitFor(timeout: 20) { lines in
            shown = promptText(in: lines.last { !$0.isEmpty } ?? "", question: question) ?? ""
            return shown.count >= 40 && kept.hasSuffix(shown)
        }
        session.send(finish)
        session.waitFor(text: finished, timeout: 30)
        return (Date().timeIntervalSince(start), shown)
    }

    /// A session with the paste in a file and a draw log beside it.
    static func pasteSession() throws -> (session: TmuxSession, folder: URL, file: URL, log: URL) {
        let folder = try WeighProcess.temporaryFolder()
        let file = folder.appendingPathComponent("paste.txt")
        try paste.write(to: file, atomically: true, encoding: .utf8)
        let log = folder.appendingPathComponent("draws.log")
        let weigh = "\(WeighProcess.executable.path) --library Articles"
        let session = try TmuxSession(width: 100, height: 30, command: "\(DrawLog.environmentVariable)=\(log.path) " + weigh + TmuxSession.afterwards)
        session.waitForReader()
        return (session, folder, file, log)
    }

    @Test func tenThousandCharactersPastedIntoTheBookmarkPrompt() throws {
        let (session, folder, file, log) = try Self.pasteSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        session.send("m")
        session.waitFor(text: "Enter save")
        session.send("C-u")
        session.waitFor(text: "Bookmark label: ▏")
        let label = try Self.paste(session, file: file, question: "Bookmark label", finish: "Enter", finished: "Bookmarked")
        #expect(label.seconds < 3, "the prompt takes the paste, then Enter, in \(label.seconds) s")
        #expect(Self.kept.hasSuffix(label.shown) && label.shown.count >= 40, "the end of the kept text, cut at the left: \(label.shown)")
        session.send("q")
        #expect(session.waitForExit().contains("EXIT=0"))

        let counts = try #require(DrawLog(contentsOf: log))
        #expect(counts.events >= 10_000 && counts.canvases < 50, "10,000 keys, rendered in bursts, not one by one: \(counts)")
        let listed = ChildProcess.run([WeighProcess.executable.path, "bookmarks", "list", "--json", "--data-dir", session.home.path + "/data/weigh"],
                                      capture: true).output
        #expect(listed.contains("\"label\" : \"\(Self.kept)\""), "the label is the first 200 characters of the paste: \(listed)")
    }

    /// A key typed into `/` searches the article again only when it changed
    /// the query; the 9,800 keys past the prompt's limit cost nothing (before
    /// that, about 6 s of CPU in a debug build).
    @Test
    func tenThousandCharactersPastedIntoTheSearchPrompt() throws {
        let (session, folder, file, _) = try Self.pasteSession()
        defer { try? FileManager.default.removeItem(at: folder) }
        session.send("/")
        session.waitFor(text: "Search: ▏")
        let search = try Self.paste(session, file: file, question: "Search", finish: "Escape", finished: "Cancelled")
        #expect(search.seconds < 3, "the search prompt (searching as you type) takes the paste, then Esc, in \(search.seconds) s")
        #expect(Self.kept.hasSuffix(search.shown) && search.shown.count >= 40, "\(search.shown)")
        session.send("q")
        #expect(session.waitForExit().contains("EXIT=0"))
    }

    /// Bytes that are not UTF-8: lone bytes that never start a character,
    /// an overlong form, a surrogate, a five-byte form, truncated forms.
    static let invalidUTF8: [[UInt8]] = [[0xFF], [0xFE], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98]]

    /// Sequences no terminfo key matches, each hiding reader commands
    /// (`[`, `j`, `G`, `q`) that must not run: an unknown function key, a
    /// modified key, a paste's end marker with no paste begun, an SS3 key,
    /// and terminal reports (OSC colour, DCS status, APC). A paste's start
    /// marker is not among them: what follows it is pasted text.
    static let unknownSequences: [String] = [
        "\u{1B}[99~", "\u{1B}[1;2j", "\u{1B}[201~", "\u{1B}OG", "\u{1B}]11;rgb:q/G/j\u{07}", "\u{1B}P1$rqGj\u{1B}\\", "\u{1B}_Gq\u{1B}\\",
    ]

    @Test func invalidUTF8AndUnknownEscapeSequencesAreDropped() throws {
        let session = try TmuxSession(width: 100, height: 30, command: weigh + TmuxSession.afterwards)
        session.waitForReader()
        let before = session.waitForStableScreen()
        for bytes in Self.invalidUTF8 { session.send(bytes: bytes) }
        for sequence in Self.unknownSequences { session.send(bytes: Array(sequence.utf8)) }
        // Help on and off again: once it has closed, everything sent before
        // has been read, and the screen must be as it was.
        session.send("?")
        session.waitFor(text: "Keys — Esc closes")
        session.send("Escape")
        let after = session.waitFor { $0 == before }
        #expect(after == before, "nothing moved, nothing quit:\n\(after.joined(separator: "\n"))")

        // In a prompt, around typed letters: only the letters arrive.
        session.send("m")
        session.waitFor(text: "Enter save")
        session.send("C-u")
        session.send(literal: "A")
        for bytes in Self.invalidUTF8 { session.send(bytes: bytes) }
        session.send(literal: "B")
        for sequence in Self.unknownSequences { session.send(bytes: Array(sequence.utf8)) }
        session.send(literal: "C")
        let status = session.waitFor { $0.contains { $0.contains("Bookmark label: ABC▏") } }
        #expect(status.contains { $0.contains("Bookmark label: ABC▏") }, "\(status.last { !$0.isEmpty } ?? "")")
        session.send("Escape")
        session.send("q")
        #expect(session.waitForExit().contains("EXIT=0"))
    }

    /// A character begun and broken off: lead bytes of two-, three- and
    /// four-byte forms, a lead byte with a second byte that makes an
    /// overlong form, and bytes that never start one.
    static let brokenOff: [[UInt8]] = [[0xC3], [0xE2], [0xE2, 0x82], [0xF0], [0xF0, 0x9F, 0x98], [0xE0, 0x80], [0xC0], [0xFF]]

    @Test func theKeyAfterAnInvalidLeadByteArrives() throws {
        let session = try TmuxSession(width: 100, height: 30, command: weigh + TmuxSession.afterwards)
        session.waitForReader()
        let before = session.waitForStableScreen()
        // In the reader: `j` right behind a lead byte, in one write, scrolls.
        session.send(bytes: [0xE2] + Array("j".utf8))
        let scrolled = session.waitFor { $0 != before }
        #expect(scrolled != before, "the j after 0xE2 scrolled the article")
        session.send("k")
        #expect(session.waitFor { $0 == before } == before, "and k scrolls it back")

        // In a prompt: each broken-off character, then a letter of its own.
        session.send("m")
        session.waitFor(text: "Enter save")
        session.send("C-u")
        let letters = "abcdefgh"
        for (bytes, letter) in zip(Self.brokenOff, letters) { session.send(bytes: bytes + Array(String(letter).utf8)) }
        let status = session.waitFor { $0.contains { $0.contains("Bookmark label: \(letters)▏") } }
        #expect(status.contains { $0.contains("Bookmark label: \(letters)▏") }, "every letter arrived: \(status.last { !$0.isEmpty } ?? "")")
        session.send("Escape")
        session.send("q")
        #expect(session.waitForExit().contains("EXIT=0"))
    }

    /// SGR mouse reports (1-based columns and rows) on the title line, the
    /// status line, past the right and bottom edges, at 0;0 and far away:
    /// presses, releases, wheel, drags, motion.
    static let outsideEveryPane = [
        "0;5;1M", "0;5;1m", "64;50;1M", "65;50;30M", "0;50;30M", "0;50;30m", "0;150;40M", "0;150;40m", "65;150;40M",
        "0;9999;9999M", "0;9999;9999m", "0;0;0M", "0;0;0m", "65;0;0M", "32;150;10M", "35;150;10M", "2;150;10M", "2;150;10m",
    ]

    @Test func mouseEventsOutsideEveryPaneDoNothing() throws {
        let session = try TmuxSession(width: 100, height: 30, command: weigh + TmuxSession.afterwards)
        session.waitForReader()
        let before = session.waitForStableScreen()
        for report in Self.outsideEveryPane { session.send(bytes: Array("\u{1B}[<\(report)".utf8)) }
        session.send("?")
        session.waitFor(text: "Keys — Esc closes")
        session.send("Escape")
        let after = session.waitFor { $0 == before }
        #expect(after == before, "nothing changed:\n\(after.joined(separator: "\n"))")

        // The same wheel inside the article does scroll: the reports arrive.
        session.send(bytes: Array("\u{1B}[<65;50;10M".utf8))
        let scrolled = session.waitFor { $0 != before }
        #expect(scrolled != before, "a wheel over the article scrolls it")
        session.send("q")
        #expect(session.waitForExit().contains("EXIT=0"))
    }
}
