import Foundation
import Testing

/// Signals from the world around the reader: its pane killed (SIGHUP),
/// Ctrl-Z and `fg` (SIGTSTP, SIGCONT), and a reader of `weigh show` that
/// goes away (SIGPIPE).
@Suite("Signals from outside", .serialized)
struct SignalExitTests {
    let weigh = "\(WeighProcess.executable.path) --library Articles"

    @Test func killingThePaneSavesThePositionAndLeavesNoProcess() throws {
        let data = try WeighProcess.temporaryFolder()
        let capture = try WeighProcess.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: data)
            try? FileManager.default.removeItem(at: capture)
        }
        let session = try TmuxSession(width: 100, height: 30, command: "TMPDIR=\(capture.path) WEIGH_DATA_DIR=\(data.path) " + weigh)
        session.waitForReader()
        // Three sections on in quick succession: the first move is saved at
        // once, the last two only when the reader ends (positions are
        // written at most every few seconds while reading).
        session.send("]")
        session.send("]")
        session.send("]")
        session.waitFor(text: "│▶Facts about each source")
        let pid = try #require(session.childPID(named: "weigh"))
        try session.tmux(["kill-pane", "-t", "main"])
        let deadline = Date().addingTimeInterval(5)
        while processIsRunning(pid) && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(!processIsRunning(pid), "weigh \(pid) has exited")
        #expect(try FileManager.default.contentsOfDirectory(atPath: capture.path).isEmpty, "its stderr capture file is gone")

        let again = try TmuxSession(width: 100, height: 30, command: "WEIGH_DATA_DIR=\(data.path) " + weigh + TmuxSession.afterwards)
        let screen = again.waitForReader()
        #expect(screen[1].contains("│ Facts about each source"), "the reader opens where the killed one was: \(screen[1])")
        again.send("q")
        again.waitForExit()
    }

    @Test func suspendAndResume() throws {
        let session = try TmuxSession(width: 100, height: 30, command: weigh)
        session.waitForReader()
        session.send("]")
        let before = session.waitFor(text: "│▶What this library is")
        #expect(session.terminalModes == TmuxSession.cursesModes)

        session.send("C-z")
        session.waitFor(text: "Stopped")
        #expect(session.terminalModes == TmuxSession.shellModes, "suspended: the shell's screen and modes: \(session.terminalModes)")
        session.send(literal: "stty -a | grep -o -w -e -icanon -e icanon -e -echo -e echo | tr '\\n' ' '; echo; echo SUS\"\"PENDED")
        session.send("Enter")
        let shell = session.waitFor { $0.contains("SUSPENDED") }
        #expect(TmuxSession.cooked(shell), "the shell has canonical input and echo: \(shell)")

        // Resized while stopped, resumed (SIGCONT), resized back.
        session.resize(width: 90, height: 25)
        session.send(literal: "fg")
        session.send("Enter")
        session.waitFor { $0[0].hasPrefix(" weigh — ") && $0[0].count <= 90 && $0[1].contains("What this library is") }
        // ncurses sets the modes again on resuming in its own order around
        // that first frame (mouse reporting may come after it, more so in a
        // slow sanitized build): the modes are waited for, not sampled.
        let resumed = session.waitFor(modes: TmuxSession.cursesModes)
        #expect(resumed == TmuxSession.cursesModes, "resumed: curses has the screen again")
        session.resize(width: 100, height: 30)
        let after = session.waitFor { $0 == before }
        #expect(after == before, "the same place, the same screen:\n\(after.joined(separator: "\n"))")
        session.send("q")
        session.send(literal: "echo EXIT=$?")
        session.send("Enter")
        #expect(session.waitFor(text: "EXIT=0").contains("EXIT=0"))
    }

    /// Run from a script: the pane's interactive bash would put the tty
    /// modes back itself when a job dies of a signal, hiding a reader that
    /// does not.
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT])
    func aStopSignalRestoresTheTerminalThenEndsTheReaderWithIt(_ signal: Int32) throws {
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = try TmuxSession.script("ulimit -c 0\n" + weigh, in: folder)
        let session = try TmuxSession(width: 100, height: 30, command: script)
        session.waitForReader()
        let pid = try #require(session.weighPID())
        kill(pid, signal)
        let screen = session.waitForExit()
        #expect(screen.contains("EXIT=\(128 + signal)"), "died of signal \(signal): \(screen)")
        #expect(session.terminalModes == TmuxSession.shellModes, "\(session.terminalModes)")
        #expect(TmuxSession.cooked(screen), "\(screen)")
    }

    /// The article as `weigh show` prints it through a pipe.
    static let show = [WeighProcess.executable.path, "show", "--library", WeighProcess.bundledLibrary.path, "about"]

    @Test func aPipeClosedEarlyEndsShowQuietly() throws {
        // As people type it: head's line, nothing on stderr, status 0 (all
        // written before head left) or 141 (SIGPIPE, like cat).
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let errors = folder.appendingPathComponent("stderr")
        let quoted = Self.show.map { "'\($0)'" }.joined(separator: " ")
        let pipeline = ChildProcess.run(["bash", "-c", "\(quoted) 2>'\(errors.path)' | head -1; echo \"${PIPESTATUS[0]}\""], capture: true).output
        let lines = pipeline.split(separator: "\n").map(String.init)
        #expect(lines.first == "About this library" && lines.count == 2, "\(lines)")
        #expect(lines.last == "0" || lines.last == "141", "\(lines)")
        #expect(try String(contentsOf: errors, encoding: .utf8).isEmpty, "nothing on stderr")

        // Deterministic: the reader is gone before weigh writes. weigh dies
        // of SIGPIPE (141) without a word, also when SIGPIPE was ignored.
        for ignored in [false, true] {
            let closed = ClosedPipeRun(Self.show, ignoringSIGPIPE: ignored)
            #expect(closed.signal == SIGPIPE, "killed by SIGPIPE (ignored by the parent: \(ignored)); status \(closed.status)")
            #expect(closed.standardError.isEmpty, "quiet: \(closed.standardError)")
        }
    }
}
