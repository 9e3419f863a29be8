import Foundation

/// What tmux knows about the pane's terminal state, and the pane's own
/// tty, for the tests that abuse the terminal.
extension TmuxSession {
    /// tmux's answer to a `display-message -p` format (`#{alternate_on}`).
    func display(_ format: String) -> String {
        ((try? tmux(["display-message", "-p", "-t", "main", format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Alternate screen, cursor visible, any mouse reporting, application
    /// cursor keys, application keypad: `1 0 1 1 1` while curses owns the
    /// pane, `0 1 0 0 0` for a shell.
    var terminalModes: String {
        display("#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{keypad_cursor_flag} #{keypad_flag}")
    }

    /// Waits until `terminalModes` is `modes` (up to `timeout` seconds);
    /// returns the last seen either way.
    func waitFor(modes: String, timeout: Double = 10) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var seen = terminalModes
        while seen != modes && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            seen = terminalModes
        }
        return seen
    }

    static let shellModes = "0 1 0 0 0"
    static let cursesModes = "1 0 1 1 1"

    /// Waits until the screen stops changing (the same twice, 0.2 s
    /// apart) and returns it.
    func waitForStableScreen(timeout: Double = 10) -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var previous = screen()
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            let current = screen()
            if current == previous { return current }
            previous = current
        }
        return previous
    }

    /// The status line: the last line with text.
    func statusLine() -> String {
        screen().last { !$0.isEmpty } ?? ""
    }

    /// The pane's terminal device (`/dev/pts/N`).
    var paneTTY: String { display("#{pane_tty}") }

    /// The pid of the `weigh` whose controlling terminal is the pane's,
    /// however deep below the pane's shell it runs.
    func weighPID() -> Int32? {
        let tty = paneTTY.replacingOccurrences(of: "/dev/", with: "")
        let found = ChildProcess.run(["pgrep", "-x", "-t", tty, "weigh"], capture: true).output
        return found.split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Sends raw bytes, as a terminal would receive them from a keyboard.
    func send(bytes: [UInt8]) {
        _ = try? tmux(["send-keys", "-t", "main", "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// Whether the command line after the reader reported these modes for
    /// the shell's tty: canonical input and echo back on.
    static func cooked(_ screen: [String]) -> Bool {
        screen.contains { $0.contains("icanon") && $0.contains("echo") && !$0.contains("-icanon") && !$0.contains("-echo") }
    }

    /// `; echo EXIT=$?; stty … ; echo ENDMARK` — what to run after the
    /// reader, for `waitForExit()`.
    static let afterwards = "; echo EXIT=$?; stty -a | grep -o -w -e -icanon -e icanon -e -echo -e echo | tr '\\n' ' '; echo; echo END\"\"MARK"

    /// Writes `body` and the lines of `afterwards` to a script in `folder`
    /// and returns the command that runs it with sh. In a script the tty
    /// modes are checked before the pane's interactive bash would put them
    /// back (it does that when a job dies of a signal).
    static func script(_ body: String, in folder: URL) throws -> String {
        let file = folder.appendingPathComponent("run-\(UUID().uuidString.prefix(8)).sh")
        let text = body + """

            echo EXIT=$?
            stty -a | grep -o -w -e -icanon -e icanon -e -echo -e echo | tr '\\n' ' '
            echo
            echo ENDMARK

            """
        try text.write(to: file, atomically: true, encoding: .utf8)
        return "sh \(file.path)"
    }
}

/// Whether a process is still alive: it exists and is not a zombie (an
/// exited process whose parent — here often no one — has not reaped it).
func processIsRunning(_ pid: Int32) -> Bool {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = status.lastIndex(of: ")") else { return false }
    let state = status[status.index(after: close)...].trimmingCharacters(in: .whitespaces).prefix(1)
    return state != "Z" && state != "X"
}
