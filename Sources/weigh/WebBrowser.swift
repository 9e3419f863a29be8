import Foundation
import TerminalCurses

/// The program a web or mail link is opened with: `$BROWSER`, split at
/// white space into a program and its options (no shell reads it), else
/// `xdg-open` when it is on the `PATH`. The address is one argument: it
/// replaces `%s` in a word of `$BROWSER` (`--new-tab=%s` gives
/// `--new-tab=https://…`), or comes last when no word holds `%s`. It is
/// run on the terminal (a terminal browser such as w3m gets it, then the
/// reader comes back), like the person's editor.
struct WebBrowser: Equatable {
    var command: [String]

    /// The browser the environment names, or `xdg-open` on `PATH`; nil
    /// when there is neither.
    static func named(in environment: [String: String], isExecutable: (String) -> Bool = { FileManager.default.isExecutableFile(atPath: $0) }) -> WebBrowser? {
        let words = (environment["BROWSER"] ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
        if !words.isEmpty { return WebBrowser(command: words) }
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/xdg-open"
            if isExecutable(candidate) { return WebBrowser(command: [candidate]) }
        }
        return nil
    }

    /// The arguments that open `url`: it is one of them, whatever it holds.
    func arguments(for url: String) -> [String] {
        guard command.dropFirst().contains(where: { $0.contains("%s") }) else { return command + [url] }
        return [command[0]] + command.dropFirst().map { $0.replacingOccurrences(of: "%s", with: url) }
    }

    /// Opens `url`, run by `run` (which lends it the terminal), and says
    /// what happened, for the status line.
    func open(_ url: String, run: ([String]) -> Result<Int32, SystemCallFailure>) -> String {
        let name = (command[0] as NSString).lastPathComponent
        switch run(arguments(for: url)) {
        case .failure(let failure):
            return "Could not start \(name): \(failure.message). The address: \(url)"
        case .success(let status) where !ExternalEditor.exitedWell(status):
            return "\(name) did not finish well. The address: \(url)"
        case .success:
            return "Opened with \(name): \(url)"
        }
    }

    /// What the status line says when there is no browser: the address
    /// first, so as much of it as the line holds is there to copy.
    static func noBrowser(_ url: String) -> String {
        "\(url) — not opened: no $BROWSER or xdg-open; to copy it, select it with Shift held"
    }
}
