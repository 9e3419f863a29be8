import Foundation
import Testing
import WeighTestSupport

/// Nothing is lost: real `weigh` processes writing to one data folder at
/// once, and killed while writing, leave every confirmed bookmark, note,
/// question and rating stored.
@Suite("Bookmarks and decision records survive concurrent and killed processes", .serialized)
struct BookmarkDurabilityTests {
    let library = WeighProcess.bundledLibrary.path

    @Test func processesAddingAtTheSameTimeKeepEveryRecord() throws {
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["WEIGH_DATA_DIR": folder.appendingPathComponent("data").path]
        // Started together on a folder with no database yet, so they also
        // race to create and migrate it: two add bookmarks, one notes, one
        // questions (whose places are given out inside the write).
        let commands = [
            ["bookmarks", "add", "about", "--label", "p0"], ["bookmarks", "add", "about", "--label", "p1"],
            ["decision", "note", "cost", "n2"], ["decision", "ask", "q3"],
        ]
        let children = try commands.enumerated().map { index, command in
            try BookmarkChild(command + ["--repeat", "20", "--library", library],
                              environment: environment, errorFile: folder.appendingPathComponent("stderr-\(index)"))
        }
        var lines: [[String]] = []
        for (index, child) in children.enumerated() {
            let status = child.finish()
            let errors = (try? String(contentsOf: folder.appendingPathComponent("stderr-\(index)"), encoding: .utf8)) ?? ""
            #expect(BookmarkChild.exitedNormally(status) && BookmarkChild.exitCode(status) == 0, "\(errors)")
            #expect(child.lines.count == 20, "\(errors)")
            lines.append(child.lines)
        }
        let confirmed = Self.ids(in: lines[0] + lines[1])
        #expect(confirmed.count == 40)
        let stored = try Self.storedBookmarks(environment)
        #expect(Set(stored.map(\.id)) == confirmed)
        for index in 0..<2 {
            #expect(stored.filter { $0.label == "p\(index)" }.count == 20)
        }
        let records = try Self.storedRecords(environment)
        #expect(Set(records.notes.map(\.id)) == Self.ids(in: lines[2], after: "added note #"))
        #expect(Set(records.questions.map(\.id)) == Self.ids(in: lines[3], after: "added question #"))
        #expect(records.questions.map(\.position) == Array(0..<20))
    }

    @Test func killedWhileWritingFiftyTimesLosesNothingThatWasConfirmed() throws {
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["WEIGH_DATA_DIR": folder.appendingPathComponent("data").path]
        let rounds = try killRounds(50, seed: 50, folder: folder, environment: environment) { round in
            ["bookmarks", "add", "about", "--label", "round \(round)"]
        }
        let confirmed = rounds.reduce(into: Set<Int>()) { $0.formUnion(Self.ids(in: $1)) }
        // Rounds killed from the start may die before their first write
        // (under load, all of them can); every round killed once it was
        // writing must have confirmed at least one bookmark.
        let writingRounds = rounds.indices.filter { Self.isKilledWhileWriting(round: $0) }
        #expect(writingRounds.count == 24)
        #expect(writingRounds.allSatisfy { !Self.ids(in: rounds[$0]).isEmpty }, "a round killed while writing confirmed nothing")

        let list = try WeighProcess.run(["bookmarks", "list", "--json"], environment: environment)
        #expect(list.status == 0)
        #expect(!list.error.contains("damaged"), "\(list.error)")
        let stored = Set(try Self.storedBookmarks(environment).map(\.id))
        #expect(confirmed.isSubset(of: stored), "lost: \(confirmed.subtracting(stored).sorted())")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("data").path)
            .allSatisfy { !$0.contains("damaged") })
    }

    @Test func killedWhileWritingNotesAndRatingsLosesNothingThatWasConfirmed() throws {
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["WEIGH_DATA_DIR": folder.appendingPathComponent("data").path]
        let topics = ["cost", "onset", "addiction"]
        // Even rounds add notes; odd rounds rate one of three topics at a
        // level that changes from round to round.
        func rating(_ round: Int) -> (topic: String, level: Int) { (topics[round / 2 % 3], round / 2 % 4 + 1) }
        let rounds = try killRounds(16, seed: 16, folder: folder, environment: environment) { round in
            round.isMultiple(of: 2)
                ? ["decision", "note", "cost", "round \(round)"]
                : ["decision", "rate", rating(round).topic, String(rating(round).level)]
        }
        let records = try Self.storedRecords(environment)
        let confirmedNotes = rounds.indices.filter { $0.isMultiple(of: 2) }
            .reduce(into: Set<Int>()) { $0.formUnion(Self.ids(in: rounds[$1], after: "added note #")) }
        #expect(!confirmedNotes.isEmpty)
        #expect(confirmedNotes.isSubset(of: Set(records.notes.map(\.id))))
        // A topic holds the level of its last confirmed rating, or of a
        // later round that may have committed before it was killed.
        for topic in topics {
            let rated = rounds.indices.filter { !$0.isMultiple(of: 2) && rating($0).topic == topic }
            guard let lastConfirmed = rated.last(where: { !rounds[$0].isEmpty }) else { continue }
            let allowed = Set(rated.filter { $0 >= lastConfirmed }.map { rating($0).level })
            let stored = records.importance.first { $0.topic == topic }?.level
            #expect(stored.map(allowed.contains) == true, "\(topic): \(String(describing: stored)) not in \(allowed)")
        }
    }

    /// Runs `command(round)` with `--repeat 100000` `count` times, killing
    /// each at a random moment: half the rounds from the start (loading,
    /// opening, migrating), half once they are writing. Returns the lines
    /// each round confirmed.
    private func killRounds(_ count: Int, seed: UInt64, folder: URL, environment: [String: String],
                            command: (Int) -> [String]) throws -> [[String]] {
        let errorFile = folder.appendingPathComponent("stderr")
        var random = SplitMix64(seed: seed)
        var confirmed: [[String]] = []
        for round in 0..<count {
            let child = try BookmarkChild(command(round) + ["--repeat", "100000", "--library", library],
                                          environment: environment, errorFile: errorFile)
            if Self.isKilledWhileWriting(round: round) {
                #expect(child.waitForLines(1, timeout: 10), "round \(round) never wrote")
                usleep(UInt32.random(in: 0...15_000, using: &random))
            } else {
                usleep(UInt32.random(in: 0...60_000, using: &random))
            }
            child.killNow()
            let status = child.finish()
            #expect(!BookmarkChild.exitedNormally(status) && BookmarkChild.signal(status) == SIGKILL, "round \(round)")
            confirmed.append(child.lines)
            let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            #expect(errors.isEmpty, "round \(round): \(errors)")
        }
        return confirmed
    }

    /// Pairs of rounds alternate: two killed at a random moment from the
    /// start, then two killed only after their first confirmed write.
    static func isKilledWhileWriting(round: Int) -> Bool { round / 2 % 2 == 1 }

    // MARK: - Reading results

    struct Stored: Decodable {
        var id: Int
        var label: String?
    }

    static func storedBookmarks(_ environment: [String: String]) throws -> [Stored] {
        let result = try WeighProcess.run(["bookmarks", "list", "--json"], environment: environment)
        #expect(result.status == 0, "\(result.error)")
        return try JSONDecoder().decode([Stored].self, from: result.output)
    }

    struct Records: Decodable {
        struct Entry: Decodable {
            var id: Int
            var position: Int?
        }

        struct Rating: Decodable {
            var topic: String
            var level: Int
        }

        var notes: [Entry]
        var questions: [Entry]
        var importance: [Rating]
    }

    static func storedRecords(_ environment: [String: String]) throws -> Records {
        let result = try WeighProcess.run(["decision", "show", "--format", "json"], environment: environment)
        #expect(result.status == 0, "\(result.error)")
        return try JSONDecoder().decode(Records.self, from: result.output)
    }

    /// The ids in "added bookmark #12 in …" lines (or after another prefix).
    static func ids(in lines: [String], after prefix: String = "added bookmark #") -> Set<Int> {
        Set(lines.compactMap { line in
            guard line.hasPrefix(prefix) else { return nil }
            return Int(line.dropFirst(prefix.count).prefix { $0.isNumber })
        })
    }
}
