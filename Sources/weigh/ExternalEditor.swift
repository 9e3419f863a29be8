import Foundation
import ReaderUI
import TerminalCurses

/// The person's editor, for a note or question too long for a prompt:
/// `$VISUAL`, else `$EDITOR`, split at white space into a program and its
/// options (no shell reads it, so nothing in it is run but the program),
/// with the file to edit as one more argument. The text goes through a
/// file only its owner can read, in a folder of its own, removed after.
struct ExternalEditor: Equatable {
    var command: [String]

    /// The editor the environment names, or nil when it names none.
    static func named(in environment: [String: String]) -> ExternalEditor? {
        for variable in ["VISUAL", "EDITOR"] {
            let words = (environment[variable] ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
            if !words.isEmpty { return ExternalEditor(command: words) }
        }
        return nil
    }

    /// Opens `prompt`'s text in the editor, run by `run` (which lends it
    /// the terminal), and says what came back.
    func edit(_ prompt: Prompt, run: ([String]) -> Result<Int32, SystemCallFailure>) -> EditorOutcome {
        let fileManager = FileManager.default
        let folder = fileManager.temporaryDirectory.appendingPathComponent("weigh-edit-\(UUID().uuidString)", isDirectory: true)
        defer { try? fileManager.removeItem(at: folder) }
        let file = folder.appendingPathComponent("weigh-note.txt")
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            guard fileManager.createFile(atPath: file.path, contents: Data((prompt.text + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
                return EditorOutcome(prompt: prompt, text: nil, problem: "Could not write \(file.path) for the editor")
            }
        } catch {
            return EditorOutcome(prompt: prompt, text: nil, problem: "Could not make \(folder.path) for the editor")
        }
        let name = command[0]
        switch run(command + [file.path]) {
        case .failure(let failure):
            return EditorOutcome(prompt: prompt, text: nil, problem: "Could not start the editor \(name): \(failure.message)")
        case .success(let status):
            guard Self.exitedWell(status) else {
                // What it wrote before failing goes back in the prompt, not
                // away with the file: Enter saves it, Esc drops it.
                let written = fileManager.contents(atPath: file.path).map { String(decoding: $0, as: UTF8.self) }?
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                guard let written, !written.isEmpty, written != prompt.text.trimmingCharacters(in: .whitespacesAndNewlines) else {
                    return EditorOutcome(prompt: prompt, text: nil, problem: "The editor \(name) did not finish well; nothing was saved")
                }
                return EditorOutcome(prompt: Prompt(purpose: prompt.purpose, question: prompt.question, text: written), text: nil,
                                     problem: "The editor \(name) did not finish well; what it wrote is in the prompt")
            }
        }
        guard let data = fileManager.contents(atPath: file.path) else {
            return EditorOutcome(prompt: prompt, text: nil, problem: "The editor left no file; nothing was saved")
        }
        return EditorOutcome(prompt: prompt, text: String(decoding: data, as: UTF8.self))
    }

    /// The arguments that open `path` at `line`: `+LINE` before the file
    /// for the editors known to take it (as `less` gives `v`), the file
    /// alone for any other, which opens at its start.
    func arguments(opening path: String, atLine line: Int) -> [String] {
        let program = command[0].split(separator: "/").last.map(String.init) ?? command[0]
        let position = Self.takesLineArgument.contains(program) ? ["+\(max(1, line))"] : []
        return command + position + [path]
    }

    /// Editors that open a file at a line given as `+LINE` before it.
    static let takesLineArgument: Set<String> = [
        "vi", "vim", "nvim", "view", "vim.basic", "vim.tiny", "vim.nox", "gvim", "elvis", "nvi",
        "nano", "pico", "rnano", "emacs", "emacsclient", "micro", "kak", "joe", "jed", "mg", "ne", "jmacs", "jpico",
    ]

    /// Whether a wait status is a normal exit with status 0.
    static func exitedWell(_ status: Int32) -> Bool {
        status & 0x7f == 0 && (status >> 8) & 0xff == 0
    }
}
