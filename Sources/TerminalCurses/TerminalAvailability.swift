import CNcursesw
import ArticleKit
import Foundation

/// Whether a full-screen session can start: stdout must be a terminal and
/// `TERM` must name one terminfo knows. Checked before `initscr`, which
/// would otherwise print its own error and exit.
public enum TerminalAvailability {
    /// Why the full-screen reader cannot run here.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notATerminal
        case noTERM
        case unknownTERM(String)

        public var description: String {
            switch self {
            case .notATerminal:
                "standard output is not a terminal; for plain text use 'weigh show ARTICLE' (or 'weigh list')"
            case .noTERM:
                "TERM is not set, so the terminal type is unknown; set TERM (e.g. TERM=xterm-256color) or use 'weigh show ARTICLE'"
            case .unknownTERM(let name):
                "the terminal type TERM=\(name) is unknown to terminfo; try TERM=xterm-256color, or use 'weigh show ARTICLE'"
            }
        }
    }

    /// Checks stdin/stdout and `TERM`, without touching the screen.
    public static func check(environment: ProcessEnvironment = .current) -> Problem? {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else { return .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { return .noTERM }
        if cn_terminal_known(term, STDOUT_FILENO) == 0 { return .unknownTERM(term) }
        return nil
    }
}
