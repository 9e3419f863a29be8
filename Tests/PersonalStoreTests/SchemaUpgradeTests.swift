import ArticleKit
import DecisionKit
import Foundation
import GRDB
import Testing
@testable import PersonalStore

/// A store made by a weigh that knew only the first migration is upgraded
/// in place: its bookmarks and positions stay, the decision tables are
/// added, and the start-up snapshot reads it before and after.
@Suite("Upgrading a version-1 store")
struct SchemaUpgradeTests {
    @Test func aVersionOneFileUpgradesInPlaceKeepingItsBookmarks() throws {
        let fixture = try StoreFixture()
        try FileManager.default.createDirectory(at: fixture.directory.url, withIntermediateDirectories: true)
        do {
            let queue = try DatabaseQueue(path: fixture.databaseURL.path)
            try BookmarkSchema.migrator.migrate(queue, upTo: "v1-bookmarks-and-reading-positions")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO bookmark (articleID, blockIndex, charOffset, sectionTitle, excerpt, label, createdAt)
                    VALUES ('risks', 4, 2, 'Dissociation', 'Ketamine can', 'old', 1795615512345);
                    INSERT INTO readingPosition (articleID, blockIndex, charOffset, updatedAt) VALUES ('risks', 4, 2, 1795615512345);
                    """)
                #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == 1)
            }
            try queue.close()
        }
        let before = try #require(StoreSnapshot.read(directory: fixture.directory))
        #expect(before.bookmarks.map(\.label) == ["old"] && before.notes.isEmpty)

        let store = try fixture.open()
        #expect(try store.allBookmarks().map(\.label) == ["old"])
        #expect(try store.lastReadingPosition() == ReadingPosition(articleID: "risks", blockIndex: 4, offset: 2))
        try store.setImportance(.some, forTopic: "cost")
        try store.addNote("Upgraded", on: .topic(id: "cost"))
        let version = try DatabaseQueue(path: fixture.databaseURL.path).read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == 2)
        let after = try #require(StoreSnapshot.read(directory: fixture.directory))
        #expect(after.bookmarks == before.bookmarks)
        #expect(after.importance == ["cost": .some] && after.notes.map(\.text) == ["Upgraded"])
    }
}
