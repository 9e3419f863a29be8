import Foundation
import Testing
import WeighTestSupport

/// A handful of hostile articles in a real terminal: in tmux (what a
/// person sees, and the terminal's state: title, clipboard, alternate
/// screen) and in a pty read raw (every byte weigh writes).
@Suite("Hostile articles in a real terminal", .serialized)
struct HostileTerminalTests {
    /// The articles shown, in contents order (the library holds only these).
    static let shown = ["bidi.md", "combining.md", "escapes-body.md", "escapes-entities.md", "escapes-front-matter.md"]
    static let titles = ["Bidi evil.exetxt.", "Combining", "Raw escapes in the body", "Escapes as character references", "Front matter ␛]0;title␇"]

    /// A library of just the shown articles.
    static func handful() throws -> URL {
        let folder = try WeighProcess.temporaryFolder()
        for name in shown + ["topics.yaml"] {
            try FileManager.default.copyItem(at: HostileLibrary.corpus.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// From the first article to each next one through the contents: fold
    /// the open article, step down, open, page through.
    static let nextArticleKeys = ["Tab", "h", "j", "Enter", "Space", "Space", "G"]

    @Test func theReaderShowsEscapesAsTextAndTheTerminalKeepsItsState() throws {
        let folder = try Self.handful()
        defer { try? FileManager.default.removeItem(at: folder) }
        let afterwards = "; echo EXIT=$?; stty -a | grep -o -w -e -icanon -e icanon -e -echo -e echo | tr '\\n' ' '; echo; echo END\"\"MARK"
        let session = try TmuxSession(width: 100, height: 30, command: "\(WeighProcess.executable.path) --library \(folder.path)" + afterwards)
        try session.tmux(["set-option", "-g", "set-clipboard", "on"])
        let titleBefore = try session.tmux(["display-message", "-p", "-t", "main", "#{pane_title}"]).trimmingCharacters(in: .newlines)
        var screen = session.waitFor { $0[0].hasPrefix(" weigh — ") }
        #expect(screen[0].hasPrefix(" weigh — \(Self.titles[0])"), "\(screen[0])")
        for title in Self.titles.dropFirst() {
            for key in Self.nextArticleKeys { session.send(key) }
            screen = session.waitFor { $0[0].hasPrefix(" weigh — " + title) && $0.last { !$0.isEmpty }?.contains("100%") == true }
            #expect(screen[0].hasPrefix(" weigh — " + title), "\(screen[0])")
            #expect(screen.allSatisfy { $0.count <= 100 }, "a line longer than the pane: \(screen)")
            let state = try session.tmux(["display-message", "-p", "-t", "main", "#{alternate_on} #{pane_title}"]).trimmingCharacters(in: .newlines)
            #expect(state == "1 " + titleBefore, "after \(title): still on the alternate screen, title unchanged: \(state)")
        }
        for key in ["Tab", "h", "k", "k", "Enter", "g"] { session.send(key) }
        screen = session.waitFor(text: "␛[31mred␛[0m")
        #expect(screen.contains { $0.contains("␛]0;pwned-title␇") }, "escapes are shown as pictures: \(screen)")
        #expect(try session.tmux(["list-buffers"]).isEmpty, "no OSC 52 reached the clipboard")
        // A label pasted with a bidi override, a zero-width space and an
        // 8-bit CSI is stored and listed without them raw.
        session.send("m")
        session.waitFor(text: "Enter save")
        session.send("C-u")
        session.send(literal: "a\u{202E}b\u{200B}c\u{9B}d")
        session.send("Enter")
        session.send("q")
        screen = session.waitForExit()
        #expect(screen.contains { $0.contains("EXIT=0") }, "\(screen)")
        #expect(screen.contains { $0.contains("icanon") && !$0.contains("-icanon") && !$0.contains("-echo") })
        let bookmarks = ChildProcess.run([WeighProcess.executable.path, "bookmarks", "list", "--data-dir", session.home.path + "/data/weigh"],
                                         capture: true).output
        #expect(bookmarks.contains("\"abc�d\""), "the C1 shown as �, the invisible ones gone: \(bookmarks)")
        #expect(HostileProcess.unsafeBytes(in: Data(bookmarks.utf8)).isEmpty)
    }

    /// Drives weigh in a pty with pexpect and keeps every byte it writes.
    static let pexpectScript = #"""
    import os, sys, time, pexpect
    weigh, library, home, out = sys.argv[1:5]
    keys = sys.argv[5:]
    env = {"PATH": "/usr/bin:/bin", "HOME": home, "XDG_DATA_HOME": home + "/data", "LANG": "C.UTF-8", "TERM": "xterm-256color"}
    # As WeighProcess.environment: a sanitized build's options (suppressions,
    # where reports go) reach the child.
    env.update({k: v for k, v in os.environ.items() if k in "\#(WeighProcess.passedThrough.joined(separator: " "))".split()})
    child = pexpect.spawn(weigh, ["--library", library], env=env, dimensions=(30, 100))
    data = bytearray()
    def drain(seconds):
        end = time.time() + seconds
        while time.time() < end:
            try:
                data.extend(child.read_nonblocking(65536, timeout=0.05))
            except pexpect.TIMEOUT:
                pass
            except pexpect.EOF:
                return True
        return False
    end = time.time() + 10
    while b"help" not in data and time.time() < end:
        drain(0.05)
    for key in keys:
        child.send({"Tab": "\t", "Enter": "\r", "Space": " "}.get(key, key))
        drain(0.05)
    child.send("q")
    drain(10)
    child.close()
    open(out, "wb").write(bytes(data))
    print(child.exitstatus)
    """#

    @Test func theBytesWeighWritesCarryNoSequenceFromContent() throws {
        let folder = try Self.handful()
        let home = try WeighProcess.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: home)
        }
        let script = home.appendingPathComponent("drive.py")
        let capture = home.appendingPathComponent("pty.bytes")
        try Self.pexpectScript.write(to: script, atomically: true, encoding: .utf8)
        let keys = Array(repeating: Self.nextArticleKeys, count: Self.shown.count - 1).flatMap { $0 }
        let run = ChildProcess.run(["timeout", "60", "python3", script.path, WeighProcess.executable.path, folder.path, home.path, capture.path] + keys,
                                   capture: true)
        #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "weigh's exit status: \(run.output)")
        let bytes = [UInt8](try Data(contentsOf: capture))
        #expect(bytes.count > 10_000)

        let text = try #require(String(bytes: bytes, encoding: .utf8), "the output is valid UTF-8")
        #expect(text.contains("␛[31mred␛[0m") && text.contains("pwned-title"), "the escapes were drawn, as pictures")
        for introducer in ["\u{1B}]", "\u{1B}P", "\u{1B}_", "\u{1B}X", "\u{1B}^"] {
            #expect(!text.contains(introducer), "an OSC, DCS, APC, SOS or PM: \(introducer.debugDescription)")
        }
        for payload in ["\u{1B}[31mred", "\u{1B}[>0q", "\u{1B}[6n", "\u{1B}[21t", "\u{1B}Z", "\u{1B}c", "\u{1B}#8", "\u{1B}[5mblink"] {
            #expect(!text.contains(payload), "content's own sequence \(payload.debugDescription)")
        }
        // ncurses enters the alternate screen before anything is drawn and
        // leaves it once at the end.
        let enters = text.components(separatedBy: "\u{1B}[?1049h")
        #expect(enters.count == 2 && text.components(separatedBy: "\u{1B}[?1049l").count == 2,
                "the alternate screen entered once and left once, by ncurses")
        #expect(enters.count == 2 && !enters[0].contains("weigh") && enters[1].contains("\u{1B}[?1049l"),
                "nothing drawn before the enter; the leave after it")
        let allowedControls: Set<UInt32> = [0x08, 0x09, 0x0A, 0x0D, 0x1B]
        let stray = text.unicodeScalars.filter { SafeScalars.isControl($0) && !allowedControls.contains($0.value) }
        #expect(stray.isEmpty, "BEL, SO, SI, ENQ, DEL or a C1 control: \(stray.prefix(5).map { String($0.value, radix: 16) })")
        var marks = 0
        var longest = 0
        for scalar in text.unicodeScalars {
            marks = (0x300...0x36F).contains(scalar.value) ? marks + 1 : 0
            longest = max(longest, marks)
        }
        #expect(longest <= 4, "at most four combining marks reach the terminal per cell (CVE-2021-27135): \(longest)")
    }
}
