import Foundation
import Testing
import WeighTestSupport

/// Nothing is lost: real `weigh` processes writing to one data folder at
/// once, and killed while writing, leave every confirmed bookmark stored.
@Suite("Bookmarks survive concurrent and killed processes", .serialized)
struct BookmarkDurabilityTests {
    let library = WeighProcess.bundledLibrary.path

    @Test func processesAddingAtTheSameTimeKeepEveryBookmark() throws {
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["WEIGH_DATA_DIR": folder.appendingPathComponent("data").path]
        // Started together on a folder with no database yet, so they also
        // race to create and migrate it.
        let children = try (0..<4).map { index in
            try BookmarkChild(["bookmarks", "add", "about", "--label", "p\(index)", "--repeat", "20", "--library", library],
                              environment: environment, errorFile: folder.appendingPathComponent("stderr-\(index)"))
        }
        var confirmed: Set<Int> = []
        for (index, child) in children.enumerated() {
            let status = child.finish()
            let errors = (try? String(contentsOf: folder.appendingPathComponent("stderr-\(index)"), encoding: .utf8)) ?? ""
            #expect(BookmarkChild.exitedNormally(status) && BookmarkChild.exitCode(status) == 0, "\(errors)")
            #expect(child.lines.count == 20, "\(errors)")
            confirmed.formUnion(Self.ids(in: child.lines))
        }
        #expect(confirmed.count == 80)
        let stored = try Self.storedBookmarks(environment)
        #expect(Set(stored.map(\.id)) == confirmed)
        for index in 0..<4 {
            #expect(stored.filter { $0.label == "p\(index)" }.count == 20)
        }
    }

    @Test func killedWhileWritingFiftyTimesLosesNothingThatWasConfirmed() throws {
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["WEIGH_DATA_DIR": folder.appendingPathComponent("data").path]
        let errorFile = folder.appendingPathComponent("stderr")
        var random = SplitMix64(seed: 50)
        var confirmed: Set<Int> = []
        var killedMidWrite = 0
        for round in 0..<50 {
            let child = try BookmarkChild(
                ["bookmarks", "add", "about", "--label", "round \(round)", "--repeat", "100000", "--library", library],
                environment: environment, errorFile: errorFile)
            // Half the rounds die at a random moment from the start (loading,
            // opening, migrating); the other half once they are writing.
            if round.isMultiple(of: 2) {
                usleep(UInt32.random(in: 0...60_000, using: &random))
            } else {
                #expect(child.waitForLines(1, timeout: 10), "round \(round) never wrote")
                usleep(UInt32.random(in: 0...15_000, using: &random))
            }
            child.killNow()
            let status = child.finish()
            #expect(!BookmarkChild.exitedNormally(status) && BookmarkChild.signal(status) == SIGKILL, "round \(round)")
            let roundIDs = Self.ids(in: child.lines)
            if !roundIDs.isEmpty { killedMidWrite += 1 }
            confirmed.formUnion(roundIDs)
            let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            #expect(errors.isEmpty, "round \(round): \(errors)")
        }
        #expect(killedMidWrite >= 25, "most rounds should die while adding")

        let list = try WeighProcess.run(["bookmarks", "list", "--json"], environment: environment)
        #expect(list.status == 0)
        #expect(!list.error.contains("damaged"), "\(list.error)")
        let stored = Set(try Self.storedBookmarks(environment).map(\.id))
        #expect(confirmed.isSubset(of: stored), "lost: \(confirmed.subtracting(stored).sorted())")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("data").path)
            .allSatisfy { !$0.contains("damaged") })
    }

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

    /// The ids in "added bookmark #12 in …" lines.
    static func ids(in lines: [String]) -> Set<Int> {
        Set(lines.compactMap { line in line.firstMatch(of: #/^added bookmark \#(\d+) /#).flatMap { Int($0.1) } })
    }
}
