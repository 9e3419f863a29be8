import Foundation
import Testing
@testable import PersonalStore
import WeighTestSupport

@Suite("A damaged database is moved aside, never deleted")
struct DamagedDatabaseTests {
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case randomBytes, truncated, textFile
        var testDescription: String { rawValue }
    }

    @Test(arguments: Damage.allCases)
    func damagedFileIsMovedAsideAndAFreshStoreStarts(damage: Damage) throws {
        let fixture = try StoreFixture()
        let original = try Self.write(damage, in: fixture)

        let store = try fixture.open()
        let notice = try #require(store.damageNotice)
        #expect(notice.movedURL.lastPathComponent.wholeMatch(of: /weigh\.sqlite\.damaged-\d{8}T\d{6}Z/) != nil)
        #expect(notice.description.hasPrefix("personal database was damaged; moved aside to \(notice.movedURL.path)"))
        #expect(try Data(contentsOf: notice.movedURL) == original)

        let added = try store.add("a", 1, label: "fresh")
        #expect(try store.allBookmarks() == [added])
        #expect(try fixture.open().damageNotice == nil, "the notice comes once")
        #expect(try fixture.files().contains(notice.movedURL.lastPathComponent))
    }

    @Test func companionFilesMoveWithTheDatabase() throws {
        let fixture = try StoreFixture()
        try FileManager.default.createDirectory(at: fixture.directory.url, withIntermediateDirectories: true)
        try Data("not a database at all, just words\n".utf8).write(to: fixture.databaseURL)
        let wal = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try wal.write(to: URL(fileURLWithPath: fixture.databaseURL.path + "-wal"))

        let store = try fixture.open()
        let moved = try #require(store.damageNotice?.movedURL)
        #expect(try Data(contentsOf: URL(fileURLWithPath: moved.path + "-wal")) == wal)
        let movedFiles = try fixture.files().filter { $0.contains("damaged") }
        #expect(movedFiles.contains(moved.lastPathComponent + "-wal"), "\(movedFiles)")
        #expect(movedFiles.allSatisfy { $0.hasPrefix(moved.lastPathComponent) }, "\(movedFiles)")
    }

    @Test func aSecondDamageInTheSameSecondGetsItsOwnName() throws {
        let fixture = try StoreFixture()
        let frozen = TestClock.start
        try FileManager.default.createDirectory(at: fixture.directory.url, withIntermediateDirectories: true)
        var moved: [String] = []
        for text in ["first junk file\n", "second junk file\n"] {
            try Data(text.utf8).write(to: fixture.databaseURL)
            let store = try PersonalDatabase(directory: fixture.directory, clock: { frozen })
            moved.append(try #require(store.damageNotice).movedURL.lastPathComponent)
        }
        #expect(moved == ["weigh.sqlite.damaged-20261125T140512Z", "weigh.sqlite.damaged-20261125T140512Z-2"])
    }

    @Test func aHealthyDatabaseIsNotMoved() throws {
        let fixture = try StoreFixture()
        let added = try fixture.open().add("a", 1)
        let reopened = try fixture.open()
        #expect(reopened.damageNotice == nil)
        #expect(try reopened.allBookmarks() == [added])
        #expect(try fixture.files().allSatisfy { !$0.contains("damaged") })
    }

    /// Puts a damaged `weigh.sqlite` in place and returns its bytes.
    static func write(_ damage: Damage, in fixture: borrowing StoreFixture) throws -> Data {
        let bytes: Data
        switch damage {
        case .randomBytes:
            var generator = SplitMix64(seed: 6)
            bytes = Data((0..<8192).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        case .textFile:
            bytes = Data(String(repeating: "These are my notes, not a database.\n", count: 40).utf8)
        case .truncated:
            do {
                let store = try fixture.open()
                for index in 0..<400 {
                    try store.add(at: .init(articleID: "article-\(index % 7)", blockIndex: index),
                                  sectionTitle: "Section \(index)", excerpt: String(repeating: "x\(index) ", count: 40), label: nil)
                }
            }
            let whole = try Data(contentsOf: fixture.databaseURL)
            #expect(whole.count > 16 * 4096, "the database should span many pages")
            bytes = whole.prefix(whole.count / 2 + 1000)
        }
        try FileManager.default.createDirectory(at: fixture.directory.url, withIntermediateDirectories: true)
        for suffix in ["-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: fixture.databaseURL.path + suffix)
        }
        try bytes.write(to: fixture.databaseURL)
        return bytes
    }
}
