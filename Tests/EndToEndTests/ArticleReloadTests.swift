import Foundation
import ReaderUI
import TerminalCurses
import Testing
@testable import weigh

/// Articles edited while the reader runs: by another program (the reader
/// watches the folder) and with `v` (the person's editor, at the line
/// being read). The reader keeps its place, shows a broken edit's problem
/// over the last good version, and lists new and deleted files.
@Suite("Articles edited while the reader is open", .serialized)
struct ArticleReloadTests {
    /// A library of its own: the bundled topics and two short articles.
    final class EditableLibrary {
        let folder: URL
        var articles: URL { folder.appendingPathComponent("lib") }
        var data: URL { folder.appendingPathComponent("data") }

        init() throws {
            folder = try WeighProcess.temporaryFolder()
            try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: WeighProcess.repository.appendingPathComponent("Articles/topics.yaml"),
                                             to: articles.appendingPathComponent("topics.yaml"))
            try write("a.md", Self.article(id: "a", title: "Alpha", words: "Original words."))
            try write("b.md", Self.article(id: "b", title: "Beta", words: "Beta's words."))
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// Replaces the file by a rename, as most editors save.
        func write(_ name: String, _ text: String) throws {
            try text.write(to: articles.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }

        /// An article whose "## Later" heading is on line 9 + 2 × 30 = 69:
        /// four lines of front matter, the title, its words, 30 paragraphs.
        static func article(id: String, title: String, words: String) -> String {
            var text = "---\nid: \(id)\ntitle: \(title)\n---\n# \(title)\n\n\(words)\n\n"
            for number in 1...30 { text += "Filler paragraph \(number).\n\n" }
            text += "## Later\n\nThe last words.\n\n"
            // Enough after it that "## Later" can be the top line.
            for number in 1...30 { text += "Closing paragraph \(number).\n\n" }
            return text
        }

        func reader(environment: String = "") throws -> TmuxSession {
            let command = "\(environment) WEIGH_DATA_DIR=\(data.path) \(WeighProcess.executable.path) --library \(articles.path)"
            let session = try TmuxSession(width: 100, height: 30, command: command + TmuxSession.afterwards)
            session.waitForReader()
            return session
        }
    }

    @Test func editsOnDiskShowWhileReadingAndABrokenOneKeepsTheLastGoodVersion() throws {
        let library = try EditableLibrary()
        let session = try library.reader()
        session.waitFor(text: "Original words.")

        try library.write("a.md", EditableLibrary.article(id: "a", title: "Alpha", words: "Edited on disk."))
        var screen = session.waitFor(text: "Edited on disk.")
        #expect(screen.contains { $0.contains("Edited on disk.") }, "\(screen)")

        try library.write("a.md", "---\nid: a\ntitle: [unclosed\n---\nBroken.\n")
        screen = session.waitFor { $0.last { !$0.isEmpty }?.contains("a.md:") == true }
        #expect(screen.last { !$0.isEmpty }?.contains(" a.md:4: invalid YAML") == true, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("Edited on disk.") }, "the last good version stays: \(screen)")
        #expect(!screen.contains { $0.contains("Broken.") })

        try library.write("c.md", EditableLibrary.article(id: "c", title: "Gamma", words: "New."))
        screen = session.waitFor(text: "Gamma")
        #expect(screen.contains { $0.contains("Gamma") }, "\(screen)")

        try FileManager.default.removeItem(at: library.articles.appendingPathComponent("b.md"))
        screen = session.waitFor { !$0.contains { $0.contains("Beta") } }
        #expect(!screen.contains { $0.contains("Beta") }, "\(screen)")
        session.send("q")
        session.waitForExit()
    }

    @Test func vOpensTheEditorAtTheLineReadAndTheEditShowsAtTheSamePlace() throws {
        let library = try EditableLibrary()
        let bin = library.folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        // Named vi, so it is given +LINE; it records its arguments, one per
        // line, and rewrites the last words.
        let editor = bin.appendingPathComponent("vi")
        let record = library.folder.appendingPathComponent("arguments")
        try ExecutableScript.write("""
        #!/bin/sh
        for argument in "$@"; do printf '%s\\n' "$argument" >> '\(record.path)'; done
        for file; do :; done
        sed -i 's/The last words./Words written in the editor./' "$file"
        """, to: editor.path)

        let session = try library.reader(environment: "EDITOR=\(editor.path)")
        session.send("]")  // to "## Later", on line 69 of the file
        session.waitFor { $0.count > 1 && $0[1].contains("Later") }
        session.send("v")
        let screen = session.waitFor(text: "Words written in the editor.")
        #expect(screen.count > 1 && screen[1].contains("Later"), "the same place: \(screen)")
        let arguments = try String(contentsOf: record, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(arguments == ["+69", library.articles.appendingPathComponent("a.md").path])
        session.send("q")
        session.waitForExit()
    }

    @Test func withNoEditorVSaysHowToSetOne() throws {
        let library = try EditableLibrary()
        let editing = ArticleEditing(editor: nil, folderPath: library.articles.path, reloading: LibraryReloading(folderPath: library.articles.path))
        let reports = editing.edit(fileName: "a.md", blockIndex: 0, run: { _ in .success(0) })
        #expect(reports == [.notice("No editor is set: set VISUAL or EDITOR to edit an article with v")])
    }

    @Test func onlyEditorsThatTakeALineAreGivenOne() {
        #expect(ExternalEditor(command: ["/usr/bin/nvim", "-u", "NONE"]).arguments(opening: "/l/a.md", atLine: 12)
            == ["/usr/bin/nvim", "-u", "NONE", "+12", "/l/a.md"])
        #expect(ExternalEditor(command: ["code", "--wait"]).arguments(opening: "/l/a.md", atLine: 12) == ["code", "--wait", "/l/a.md"])
        #expect(ExternalEditor(command: ["nano"]).arguments(opening: "/l/a b;$(id).md", atLine: 0) == ["nano", "+1", "/l/a b;$(id).md"])
    }
}
