import Foundation
import ReaderUI
import TerminalCurses
import Testing
@testable import weigh

/// Long notes in the person's editor: which editor, how it is run (no
/// shell; the file one argument), and what comes back when it fails.
// Serialized: running the editor sets the process's signal actions
// aside and back, which two runs at once would mix up.
@Suite("Writing a note in $VISUAL or $EDITOR", .serialized)
struct ExternalEditorTests {
    static let prompt = Prompt(purpose: .note(.topic(id: "cost")), question: "Note on Cost", text: "typed so far")

    /// A shell script in a new folder standing in for an editor, and the
    /// command that runs it. The script is read by `/bin/sh`, not executed
    /// itself: a file this process has just written can still be open in a
    /// child another test is forking, and executing it would then fail with
    /// "Text file busy" for a reason that has nothing to do with the editor.
    static func script(_ body: String) throws -> (folder: URL, command: [String]) {
        let folder = try WeighProcess.temporaryFolder()
        let path = folder.appendingPathComponent("editor").path
        try (body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return (folder, ["/bin/sh", path])
    }

    @Test func visualThenEditorSplitAtSpacesWithNoShell() {
        #expect(ExternalEditor.named(in: ["VISUAL": "vim -u NONE", "EDITOR": "nano"])?.command == ["vim", "-u", "NONE"])
        #expect(ExternalEditor.named(in: ["VISUAL": "  ", "EDITOR": "nano"])?.command == ["nano"])
        #expect(ExternalEditor.named(in: ["EDITOR": "ed;rm -rf x $(id)"])?.command == ["ed;rm", "-rf", "x", "$(id)"])
        #expect(ExternalEditor.named(in: [:]) == nil)
    }

    @Test func theSavedFileComesBackWithItsParagraphs() throws {
        // The editor sees what was typed, and the file is its one argument.
        let editor = try Self.script("""
        [ "$#" -eq 2 ] && [ "$1" = "--flag" ] || exit 3
        grep -q 'typed so far' "$2" || exit 4
        [ "$(stat -c %a "$2")" = 600 ] || exit 5
        printf 'First paragraph.\\n\\nSecond; $(id) `id` stays text.\\n' > "$2"
        """)
        defer { try? FileManager.default.removeItem(at: editor.folder) }
        let outcome = ExternalEditor(command: editor.command + ["--flag"]).edit(Self.prompt) { ForegroundProcess.run($0) }
        #expect(outcome.problem == nil)
        #expect(outcome.text == "First paragraph.\n\nSecond; $(id) `id` stays text.\n")
        #expect(outcome.prompt == Self.prompt)
    }

    @Test func anEditorThatFailsOrCannotStartGivesThePromptBack() throws {
        let failing = try Self.script("echo changed > \"$1\"; exit 1")
        defer { try? FileManager.default.removeItem(at: failing.folder) }
        let failed = ExternalEditor(command: failing.command).edit(Self.prompt) { ForegroundProcess.run($0) }
        #expect(failed.text == nil && failed.problem?.contains("did not finish well; what it wrote is in the prompt") == true)
        #expect(failed.prompt.text == "changed" && failed.prompt.purpose == Self.prompt.purpose)
        let untouched = try Self.script("exit 2")
        defer { try? FileManager.default.removeItem(at: untouched.folder) }
        let nothing = ExternalEditor(command: untouched.command).edit(Self.prompt) { ForegroundProcess.run($0) }
        #expect(nothing.text == nil && nothing.problem?.contains("did not finish well; nothing was saved") == true)
        #expect(nothing.prompt == Self.prompt)
        let missing = ExternalEditor(command: ["/nonexistent/editor"]).edit(Self.prompt) { ForegroundProcess.run($0) }
        #expect(missing.text == nil && missing.problem?.hasPrefix("Could not start the editor /nonexistent/editor: ") == true,
                "\(String(describing: missing.problem))")
    }
}
