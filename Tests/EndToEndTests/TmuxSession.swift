import Foundation

/// A detached tmux session on a private socket running a command in a real
/// terminal of a set size: type with `send`, read the screen with
/// `screen()`. Each session has its own HOME and XDG_DATA_HOME.
final class TmuxSession {
    let socket = "weigh-test-\(UUID().uuidString.prefix(8))"
    let home: URL

    init(width: Int, height: Int, command: String) throws {
        home = try WeighProcess.temporaryFolder()
        let environment = [
            "HOME=\(home.path)", "XDG_DATA_HOME=\(home.path)/data", "LANG=C.UTF-8", "TERM=xterm-256color",
        ].joined(separator: " ")
        try tmux(startingServer: true, ["-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height), "-s", "main",
                  "env \(environment) bash --norc --noprofile"])
        try tmux(["set-option", "-g", "status", "off"])
        try tmux(["resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
        send(literal: "PS1='$ '; cd \(WeighProcess.repository.path) && " + command)
        send("Enter")
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: home)
    }

    /// Runs tmux with this session's socket and returns its output. The
    /// command that starts the server gets no pipe: the server would
    /// inherit it and the read would never end.
    @discardableResult
    func tmux(startingServer: Bool = false, _ arguments: [String]) throws -> String {
        ChildProcess.run(["tmux", "-L", socket] + arguments, capture: !startingServer).output
    }

    /// Sends tmux key names (`Enter`, `C-c`, `j`).
    func send(_ keys: String...) {
        _ = try? tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Types text literally.
    func send(literal text: String) {
        _ = try? tmux(["send-keys", "-t", "main", "-l", text])
    }

    func resize(width: Int, height: Int) {
        _ = try? tmux(["resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
    }

    /// The screen as lines.
    func screen() -> [String] {
        ((try? tmux(["capture-pane", "-p", "-t", "main"])) ?? "").components(separatedBy: "\n")
    }

    /// The screen as lines with its colors and attributes as SGR escapes
    /// (`capture-pane -e`), to see what is drawn reversed (selected).
    func styledScreen() -> [String] {
        ((try? tmux(["capture-pane", "-e", "-p", "-t", "main"])) ?? "").components(separatedBy: "\n")
    }

    /// Waits until the screen satisfies `condition` (up to `timeout`
    /// seconds); returns the last screen either way.
    @discardableResult
    func waitFor(timeout: Double = 10, _ condition: ([String]) -> Bool) -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines = screen()
        while !condition(lines) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            lines = screen()
        }
        return lines
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 10) -> [String] {
        waitFor(timeout: timeout) { $0.contains { $0.contains(text) } }
    }

    /// Waits until the reader has drawn a whole frame: its title line on
    /// top and, drawn last, a status line with the reading percentage.
    @discardableResult
    func waitForReader(timeout: Double = 10) -> [String] {
        waitFor(timeout: timeout) { lines in
            lines.first?.hasPrefix(" weigh — ") == true && lines.last { !$0.isEmpty }?.contains("%") == true
        }
    }

    /// Waits for the `ENDMARK` line the test command prints last, after
    /// the reader's exit status and the terminal modes (the command line
    /// itself shows `END""MARK`, so it does not match).
    @discardableResult
    func waitForExit(timeout: Double = 10) -> [String] {
        waitFor(timeout: timeout) { $0.contains { $0 == "ENDMARK" } }
    }

    /// The pid of the process running in the pane's shell, if any.
    func childPID(named name: String) -> Int32? {
        guard let shell = try? tmux(["list-panes", "-t", "main", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        let found = ChildProcess.run(["pgrep", "-P", shell, name], capture: true).output
        return found.split(separator: "\n").first.flatMap { Int32($0) }
    }
}
