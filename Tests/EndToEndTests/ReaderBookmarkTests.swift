import Foundation
import Testing

/// Bookmarks and reading positions through the real program and a real
/// store, across two runs, in tmux.
@Suite("Bookmarks in a real terminal", .serialized)
struct ReaderBookmarkTests {
    let weigh = "\(WeighProcess.executable.path) --library Articles"
    let finish = "; echo EXIT=$?; echo END\"\"MARK"

    @Test func bookmarkSurvivesARestart() throws {
        let session = try TmuxSession(width: 110, height: 30, command: "\(weigh); \(weigh)\(finish)")
        session.waitForReader()
        // Open the risks article from the contents, scroll into it, bookmark.
        session.send("Tab")
        session.send("G")
        session.send("Enter")
        session.waitFor(text: "weigh — The Risks of Ketamine-Assisted Therapy")
        session.send("]")
        session.send("]")
        session.send("]")
        var screen = session.waitFor(text: "│▶Side effects")
        session.send("m")
        session.waitFor(text: "Bookmark label: Side effects▏")
        session.send("C-u")
        session.send(literal: "check list")
        session.send("Enter")
        screen = session.waitFor(text: "Bookmarked “check list”")
        #expect(screen.contains { $0.contains("│◆Side effects") }, "the margin marks the bookmark")
        session.send("g")
        session.send("q")

        // The second run starts where the first stopped (the top, after g).
        screen = session.waitFor(text: "weigh — The Risks of Ketamine-Assisted Therapy")
        session.send("'")
        screen = session.waitFor(text: "Bookmarks (1)")
        #expect(screen.contains { $0.contains("◆ check list · Side effects") })
        session.send("Enter")
        screen = session.waitFor(text: "At “check list”")
        #expect(screen.contains { $0.contains("│◆Side effects") }, "jumping puts the bookmarked line on top: \(screen)")
        session.send("q")
        #expect(session.waitForExit().contains { $0.contains("EXIT=0") })
        let listed = try WeighProcess.run(["bookmarks", "list", "--json"], environment: ["WEIGH_DATA_DIR": session.home.path + "/data/weigh"])
        #expect(listed.text.contains("check list"))
    }

    @Test func positionIsRestoredOnTheNextRun() throws {
        let session = try TmuxSession(width: 110, height: 30, command: "\(weigh); \(weigh)\(finish)")
        session.waitForReader()
        session.send("Tab")
        session.send("G")
        session.send("Enter")
        session.send("]")
        session.send("]")
        session.send("]")
        session.send("]")
        session.waitFor(text: "│▶Psychological effects")
        session.send("q")
        session.waitFor { $0.contains { $0.contains("weigh — The Risks") } && !$0.contains { $0.contains("│▶") } }
        let screen = session.waitFor(text: "│ Psychological effects")
        #expect(screen[1].contains("│ Psychological effects"), "the same article, at the same place: \(screen)")
        session.send("q")
        session.waitForExit()
    }

    @Test func damagedStoreIsMovedAsideAndSaidOnce() throws {
        let data = try WeighProcess.temporaryFolder()
        try Data("this is not a database, it is a text file\n".utf8).write(to: data.appendingPathComponent("weigh.sqlite"))
        let session = try TmuxSession(width: 110, height: 30, command: "WEIGH_DATA_DIR=\(data.path) \(weigh)\(finish)")
        let screen = session.waitFor(text: "moved aside")
        #expect(screen.last { !$0.isEmpty }?.contains("personal database was damaged") == true)
        session.send("j")
        let after = session.waitFor { !$0.contains { $0.contains("moved aside") } }
        #expect(!after.contains { $0.contains("moved aside") }, "said once, gone after the next key")
        session.send("q")
        session.waitForExit()
        let names = try FileManager.default.contentsOfDirectory(atPath: data.path)
        #expect(names.contains { $0.hasPrefix("weigh.sqlite.damaged-") }, "\(names)")
    }

    @Test func unwritableDataFolderStillReads() throws {
        let blocker = try WeighProcess.temporaryFolder().appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        let session = try TmuxSession(width: 110, height: 30, command: "WEIGH_DATA_DIR=\(blocker.path)/weigh \(weigh)\(finish)")
        var screen = session.waitFor(text: "Bookmarks unavailable: cannot create the folder")
        session.send("j")
        session.send("m")
        screen = session.waitFor(text: "Bookmarks unavailable: cannot create the folder")
        #expect(screen.contains { $0.contains("weigh — About this library") }, "reading still works")
        session.send("q")
        #expect(session.waitForExit().contains { $0.contains("EXIT=0") })
    }
}
