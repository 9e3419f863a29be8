import Foundation
import Testing

/// The reader when its store fails under it (a full disk, the
/// data folder replaced by a file): it says why in the status line, reading
/// goes on, and nothing saved before is lost.
@Suite("The reader when the store fails", .serialized)
struct ReaderStoreFaultTests {
    let weigh = "\(WeighProcess.executable.path) --library Articles"
    let finish = "; echo EXIT=$?; echo END\"\"MARK"

    @Test(.disabled(if: SanitizerBuild.thread, "ThreadSanitizer's runtime dies of SIGBUS at start under a file-size limit below about 450 KB"))
    func aFullDiskWhileReadingSaysSoAndReadingGoesOn() throws {
        let data = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let environment = ["WEIGH_DATA_DIR": data.path]
        let before = try WeighProcess.run(["bookmarks", "add", "about", "--label", "before", "--repeat", "3", "--library", "Articles"],
                                          environment: environment)
        #expect(before.status == 0, "\(before.error)")
        // bash counts `ulimit -f` in KB: 48 KB leaves room for a few bookmarks.
        let session = try TmuxSession(width: 110, height: 30,
                                      command: "(ulimit -f 48; WEIGH_DATA_DIR=\(data.path) exec \(weigh))\(finish)")
        session.waitForReader()
        var added = 0
        var screen: [String] = []
        for _ in 0..<15 {
            session.send("m")
            session.waitFor(text: "Bookmark label:")
            session.send("Enter")
            screen = session.waitFor { $0.contains { $0.contains("Bookmarked") || $0.contains("not saved") } }
            guard screen.contains(where: { $0.contains("Bookmarked") }) else { break }
            added += 1
            session.send("j")  // clears the notice; the next one is new
            session.waitFor { !$0.contains { $0.contains("Bookmarked") } }
        }
        #expect(screen.last { !$0.isEmpty }?.contains("Bookmark not saved: the file size limit was reached (ulimit -f)") == true,
                "\(screen)")
        #expect(added >= 1 && added < 15, "\(added) bookmarks before the limit")
        let top = session.screen()[1]
        session.send("Space")
        screen = session.waitFor { $0[1] != top }
        #expect(screen[1] != top, "reading goes on: Space still pages")
        #expect(screen.contains { $0.contains("weigh — About this library") })
        session.send("q")
        #expect(session.waitForExit().contains { $0.contains("EXIT=0") })

        let listed = try BookmarkDurabilityTests.storedBookmarks(environment)
        #expect(listed.filter { $0.label == "before" }.count == 3, "saved before: still there")
        #expect(listed.count == 3 + added, "every bookmark the reader confirmed is there")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path).allSatisfy { !$0.contains("damaged") })
    }

    @Test func theDataFolderReplacedByAFileWhileReadingIsSaid() throws {
        let root = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("weigh")
        let session = try TmuxSession(width: 110, height: 30, command: "WEIGH_DATA_DIR=\(data.path) \(weigh)\(finish)")
        session.waitForReader()
        session.send("m")
        session.waitFor(text: "Bookmark label:")
        session.send("Enter")
        var screen = session.waitFor(text: "Bookmarked")
        #expect(screen.contains { $0.contains("Bookmarked") }, "\(screen)")

        try FileManager.default.removeItem(at: data)
        try Data("in the way\n".utf8).write(to: data)
        session.send("j")
        session.send("m")
        session.waitFor(text: "Bookmark label:")
        session.send("Enter")
        screen = session.waitFor(text: "not saved")
        #expect(screen.last { !$0.isEmpty }?.contains("Bookmark not saved: it is a file, not a folder") == true, "\(screen)")
        session.send("Space")
        screen = session.waitFor { !$0.contains { $0.contains("not saved") } }
        #expect(screen.contains { $0.contains("weigh — About this library") }, "reading goes on")
        session.send("q")
        #expect(session.waitForExit().contains { $0.contains("EXIT=0") })
    }

    /// The folder is a file before weigh starts: the reader opens without
    /// bookmarks and says why, at once and again on `m`.
    @Test func aDataFolderThatIsAFileAtStartLeavesBookmarksUnavailable() throws {
        let root = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("weigh")
        try Data("in the way\n".utf8).write(to: data)
        // The reason comes first, so it shows at a common width.
        let message = "Bookmarks unavailable: it is a file, not a folder"
        let session = try TmuxSession(width: 120, height: 30, command: "WEIGH_DATA_DIR=\(data.path) \(weigh)\(finish)")
        var screen = session.waitFor(text: message)
        #expect(screen.contains { $0.contains(message) }, "\(screen)")
        session.send("j")
        session.send("m")
        screen = session.waitFor(text: message)
        #expect(screen.contains { $0.contains(message) }, "\(screen)")
        #expect(screen.contains { $0.contains("weigh — About this library") }, "reading works")
        session.send("q")
        #expect(session.waitForExit().contains { $0.contains("EXIT=0") })
        #expect(try Data(contentsOf: data) == Data("in the way\n".utf8), "the file is left alone")
    }
}
