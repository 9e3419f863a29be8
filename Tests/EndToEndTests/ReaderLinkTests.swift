import Foundation
import Testing

/// The real reader in tmux following links: a web link goes to a fake
/// `$BROWSER` that records its arguments (a hostile address arrives as
/// exactly one argument and nothing in it runs), the reader comes back
/// whole; with no browser the address is shown; a link to another
/// article opens it and Backspace comes back.
@Suite("Following links in the reader", .serialized)
struct ReaderLinkTests {
    /// A library of two articles with links, a fake browser and where it
    /// writes its arguments, in a temporary folder.
    final class LinkLibrary {
        let folder: URL
        var library: URL { folder.appendingPathComponent("library") }
        var browser: String { folder.appendingPathComponent("browser").path }
        var record: String { folder.appendingPathComponent("arguments").path }
        var marker: String { folder.appendingPathComponent("ran").path }
        /// The hostile address as the browser must get it: the escape byte
        /// neutralized (`␛`) like all article text, the rest as written.
        var hostileAsPassed: String { "https://example.org/a b;$(touch \(marker))`touch \(marker)2`␛[31m" }

        init() throws {
            folder = try WeighProcess.temporaryFolder()
            try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
            try write("topics.yaml", "topics:\n  - id: onset\n    title: How fast it acts\n    question: How soon might it work?\n")
            let hostile = "https://example.org/a b;$(touch \(marker))`touch \(marker)2`\u{1B}[31m"
            try write("a-first.md", """
            ---
            id: first
            title: First Article
            ---
            # First Article

            Read [the study](https://example.org/study) and [the second article](b-second.md#later-part).

            A [hostile one](<\(hostile)>) too.

            """)
            try write("b-second.md", "---\nid: second\ntitle: Second Article\n---\n# Second Article\n\nIntro.\n\n## Later part\n\nThe later part.\n")
            try ExecutableScript.write("#!/bin/sh\nprintf '%s\\n' \"$#\" > \(record)\nfor a in \"$@\"; do printf '[%s]\\n' \"$a\" >> \(record); done\n", to: browser)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func write(_ name: String, _ text: String) throws {
            try text.write(to: library.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }

        func reader(environment: String) throws -> TmuxSession {
            let command = "\(environment) WEIGH_DATA_DIR=\(folder.path)/data \(WeighProcess.executable.path) --library \(library.path)"
            let session = try TmuxSession(width: 120, height: 40, command: command + TmuxSession.afterwards)
            session.waitForReader()
            return session
        }
    }

    static func statusLine(_ lines: [String]) -> String { lines.last { !$0.isEmpty } ?? "" }

    @Test func aHostileAddressReachesTheBrowserAsOneArgumentAndNothingRuns() throws {
        let links = try LinkLibrary()
        let session = try links.reader(environment: "BROWSER='\(links.browser) --flag'")
        session.send("o")
        session.waitFor(text: "Links on screen")
        session.send("3")
        let screen = session.waitFor { Self.statusLine($0).contains("Opened with browser") }
        #expect(Self.statusLine(screen).contains("Opened with browser: https://example.org/a b;$(touch"), "\(screen)")
        // The reader is back whole: its title and its text.
        #expect(screen.first?.hasPrefix(" weigh — First Article") == true && screen.contains { $0.contains("Read the study") }, "\(screen)")
        let recorded = try String(contentsOfFile: links.record, encoding: .utf8)
        #expect(recorded == "2\n[--flag]\n[\(links.hostileAsPassed)]\n")
        #expect(!FileManager.default.fileExists(atPath: links.marker) && !FileManager.default.fileExists(atPath: links.marker + "2"))
        session.send("q")
        let end = session.waitForExit()
        #expect(end.contains("EXIT=0"), "\(end)")
    }

    @Test func withNoBrowserTheAddressIsShownAndALibraryLinkComesBackWithBackspace() throws {
        let links = try LinkLibrary()
        let session = try links.reader(environment: "BROWSER= PATH=/nonexistent")
        session.send("o")
        session.waitFor(text: "Links on screen")
        session.send("1")
        var screen = session.waitFor { Self.statusLine($0).contains("not opened") }
        #expect(Self.statusLine(screen).contains("https://example.org/study — not opened: no $BROWSER or xdg-open"), "\(screen)")
        #expect(!FileManager.default.fileExists(atPath: links.record))
        session.send("o")
        session.waitFor(text: "Links on screen")
        session.send("Enter")  // the selected first link, again
        session.send("o")
        session.waitFor(text: "Links on screen")
        session.send("j", "Enter")
        screen = session.waitFor { $0.first?.hasPrefix(" weigh — Second Article") == true }
        #expect(screen.contains { $0.contains("▶Later part") }, "\(screen)")
        session.send("BSpace")
        screen = session.waitFor { $0.first?.hasPrefix(" weigh — First Article") == true }
        #expect(screen.contains { $0.contains("Read the study") }, "\(screen)")
        session.send("q")
        session.waitForExit()
    }
}
