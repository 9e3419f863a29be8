import ArticleKit
import Foundation
import GRDB
import Testing
@testable import PersonalStore

/// The reader's first frame is drawn from a snapshot read without opening
/// the store for writing; a file it cannot simply read gives no snapshot,
/// and nothing it reads is changed.
@Suite("Reading the store without opening it")
struct StoreSnapshotTests {
    @Test func noFolderGivesAnEmptySnapshotAndCreatesNothing() throws {
        let fixture = try StoreFixture()
        #expect(StoreSnapshot.read(directory: fixture.directory) == StoreSnapshot())
        #expect(!FileManager.default.fileExists(atPath: fixture.directory.url.path))
    }

    @Test func anEmptyFileGivesAnEmptySnapshot() throws {
        let fixture = try StoreFixture()
        try FileManager.default.createDirectory(at: fixture.directory.url, withIntermediateDirectories: true)
        try Data().write(to: fixture.databaseURL)
        #expect(StoreSnapshot.read(directory: fixture.directory) == StoreSnapshot())
    }

    @Test func theSnapshotHoldsWhatTheStoreHolds() throws {
        let fixture = try StoreFixture()
        do {
            let store = try fixture.open()
            try store.add("a", 1, label: "first")
            try store.add("b", 2, offset: 5)
            _ = try store.add(at: ReadingPosition(articleID: "c", blockIndex: 4, offset: 9), sectionTitle: "Début — 日本",
                              excerpt: "Un extrait 😀 « cité »", label: "Étiquette")
            try store.saveReadingPosition(ReadingPosition(articleID: "a", blockIndex: 3, offset: 4))
            try store.saveReadingPosition(ReadingPosition(articleID: "b", blockIndex: 7, offset: 0))
        }
        let store = try fixture.open()
        let snapshot = try #require(StoreSnapshot.read(directory: fixture.directory))
        #expect(snapshot.bookmarks == (try store.allBookmarks()))
        #expect(snapshot.bookmarks.count == 3)
        #expect(snapshot.bookmarks.first?.sectionTitle == "Début — 日本", "newest first, text as stored")
        #expect(snapshot.positions == (try store.allReadingPositions()))
        #expect(snapshot.positions.count == 2)
        #expect(snapshot.lastPosition == ReadingPosition(articleID: "b", blockIndex: 7, offset: 0))
    }

    @Test func aDamagedFileGivesNoSnapshotAndIsLeftAsItIs() throws {
        let fixture = try StoreFixture()
        try FileManager.default.createDirectory(at: fixture.directory.url, withIntermediateDirectories: true)
        let junk = Data("not a database at all, just words\n".utf8)
        try junk.write(to: fixture.databaseURL)
        #expect(StoreSnapshot.read(directory: fixture.directory) == nil)
        #expect(try Data(contentsOf: fixture.databaseURL) == junk)
        #expect(try fixture.files() == ["weigh.sqlite"])
    }

    @Test func aNewerWeighsFileGivesNoSnapshot() throws {
        let fixture = try StoreFixture()
        try fixture.open().add("a", 1)
        let queue = try DatabaseQueue(path: fixture.databaseURL.path)
        try queue.write { db in try db.execute(sql: "PRAGMA user_version = 7") }
        try queue.close()
        #expect(StoreSnapshot.read(directory: fixture.directory) == nil)
    }

    @Test func aFolderThatIsAFileGivesNoSnapshot() throws {
        let fixture = try StoreFixture()
        try FileManager.default.createDirectory(at: fixture.directory.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("in the way\n".utf8).write(to: fixture.directory.url)
        #expect(StoreSnapshot.read(directory: fixture.directory) == nil)
    }
}
