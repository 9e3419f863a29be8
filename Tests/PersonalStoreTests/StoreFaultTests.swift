import Foundation
import GRDB
import Testing
@testable import PersonalStore

/// The store faulted, inside one process: the disk fills in
/// the middle of a transaction, the data folder is replaced by a file, the
/// database is moved away while a store has it open.
@Suite("The store when its disk fills or its files change under it")
struct StoreFaultTests {
    /// SQLITE_FULL in the middle of a transaction (here from
    /// `max_page_count`, which fails the same way a full disk does):
    /// a clear error, nothing half-written, everything saved before still
    /// there, and the file is not taken for damaged when opened again.
    @Test func aFullDiskMidTransactionSaysSoAndKeepsWhatWasSaved() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let saved = try (0..<3).map { try store.add("before", $0, label: "saved \($0)") }
        try store.saveReadingPosition(.init(articleID: "before", blockIndex: 2))
        try store.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)")
        }
        let long = String(repeating: "a long excerpt ", count: 20)
        var failure: PersonalStoreError?
        var added = 0
        while failure == nil && added < 100 {
            do {
                try store.add(at: .init(articleID: "during", blockIndex: added), sectionTitle: long, excerpt: long, label: nil)
                added += 1
            } catch {
                failure = error
            }
        }
        #expect(failure == .cannotSave(path: fixture.databaseURL.path, reason: "the disk is full"))
        #expect(failure?.description == "bookmarks cannot be saved: \(fixture.databaseURL.path): the disk is full")
        // A big import fails as a whole.
        let file = (0..<200).map { ImportExportTests.entry(articleID: "imported", blockIndex: "\($0)", excerpt: long) }
        #expect(throws: PersonalStoreError.cannotSave(path: fixture.databaseURL.path, reason: "the disk is full")) {
            try store.importJSON(ImportExportTests.file(entries: file))
        }
        #expect(try store.bookmarks(for: "imported").isEmpty)

        let reopened = try fixture.open()
        #expect(reopened.damageNotice == nil)
        #expect(!(try fixture.files()).contains { $0.contains("damaged") })
        let stored = try reopened.allBookmarks()
        #expect(Set(saved).isSubset(of: Set(stored)))
        #expect(stored.filter { $0.articleID == "during" }.count == added)
        #expect(try reopened.lastReadingPosition() == .init(articleID: "before", blockIndex: 2))
        try reopened.add("after", 0)  // room again: writes work
    }

    @Test func theDataFolderReplacedByAFileWhileOpenIsSaid() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let kept = try store.add("a", 1)
        try FileManager.default.removeItem(at: fixture.directory.url)
        try Data("not a folder\n".utf8).write(to: fixture.directory.url)
        let replaced = PersonalStoreError.cannotSave(
            path: fixture.directory.url.path, reason: "it is a file, not a folder (it was replaced while weigh was running)")
        // Without the check SQLite would write into the deleted file and
        // report success: the bookmark would be lost at exit.
        #expect(throws: replaced) { try store.add("a", 2) }
        #expect(throws: replaced) { try store.saveReadingPosition(.init(articleID: "a", blockIndex: 3)) }
        #expect(throws: replaced) { try store.delete(id: kept.id) }
        #expect(throws: PersonalStoreError.cannotSave(path: fixture.directory.url.path, reason: "it is a file, not a folder")) {
            try fixture.open()
        }
    }

    @Test func theDataFolderDeletedWhileOpenIsSaid() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.add("a", 1)
        try FileManager.default.removeItem(at: fixture.directory.url)
        #expect(throws: PersonalStoreError.cannotSave(
            path: fixture.directory.url.path, reason: "the folder was deleted or moved while weigh was running")) {
            try store.add("a", 2)
        }
        #expect(try fixture.open().allBookmarks().isEmpty, "opening again starts a new folder")
    }

    /// Another weigh found the database damaged and moved it aside (with
    /// its -wal and -shm): this one must not keep writing into the moved
    /// file.
    @Test func aDatabaseMovedAwayWhileOpenIsNotWrittenInto() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.add("a", 1)
        let moved = try DamagedFileMover.moveAside(fixture.databaseURL, at: TestClock.start)
        #expect {
            try store.add("a", 2)
        } throws: { error in
            guard case PersonalStoreError.cannotSave(let path, let reason) = error else { return false }
            return path == fixture.databaseURL.path && reason.hasPrefix("the database was deleted, moved or replaced while weigh was running")
        }
        let fresh = try fixture.open()
        #expect(try fresh.allBookmarks().isEmpty)
        try fresh.add("b", 1)
        let old = try DatabaseQueue(path: moved.path)
        defer { try? old.close() }
        #expect(try old.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM bookmark") } == 1)
    }
}
