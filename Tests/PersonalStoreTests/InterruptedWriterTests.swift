import ArticleKit
import Foundation
import Testing
@testable import PersonalStore

/// A writer killed mid-write leaves its write-ahead log behind, and its
/// shared-memory index may be half written. The next weigh must still
/// open the store (its first look is read-only) and find every committed
/// record, the log's included.
@Suite("A store left by a killed writer")
struct InterruptedWriterTests {
    @Test func aLogWithoutItsIndexIsRecoveredAndNothingCommittedIsLost() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        _ = try store.add(at: ReadingPosition(articleID: "a", blockIndex: 1), sectionTitle: nil, excerpt: "kept", label: "before the kill")
        try store.setImportance(.aLot, forTopic: "onset")
        // What a kill -9 mid-write can leave: the database and its log as
        // they are while the writer is open (nothing checkpointed), and an
        // index whose header was being rewritten (here: zeroed).
        let copy = try StoreFixture()
        try FileManager.default.createDirectory(at: copy.directory.url, withIntermediateDirectories: true)
        for suffix in ["", "-wal", "-shm"] {
            try FileManager.default.copyItem(at: URL(fileURLWithPath: fixture.databaseURL.path + suffix),
                                             to: URL(fileURLWithPath: copy.databaseURL.path + suffix))
        }
        let index = try FileHandle(forWritingTo: URL(fileURLWithPath: copy.databaseURL.path + "-shm"))
        try index.write(contentsOf: Data(count: 136))
        try index.close()
        #expect(FileManager.default.fileExists(atPath: copy.databaseURL.path + "-wal"), "the log holds the writes")
        let reopened = try copy.open()
        #expect(try reopened.allBookmarks().map(\.label) == ["before the kill"])
        #expect(try reopened.decisionRecords().importance == ["onset": .aLot])
        #expect(reopened.damageNotice == nil, "nothing was moved aside")
        _ = store
    }
}
