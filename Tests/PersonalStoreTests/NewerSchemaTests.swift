import Foundation
import GRDB
import Testing
@testable import PersonalStore

@Suite("A newer weigh's database is refused and left untouched")
struct NewerSchemaTests {
    enum Newer: String, CaseIterable, CustomTestStringConvertible {
        case unknownMigration, higherUserVersion
        var testDescription: String { rawValue }
    }

    @Test(arguments: Newer.allCases)
    func newerSchemaIsRefusedWithoutChangingABite(newer: Newer) throws {
        let fixture = try StoreFixture()
        try fixture.open().add("a", 1, label: "from the past")
        do {
            let queue = try DatabaseQueue(path: fixture.databaseURL.path)
            try queue.write { db in
                switch newer {
                case .unknownMigration:
                    try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
                case .higherUserVersion:
                    try db.execute(sql: "PRAGMA user_version = 7")
                }
            }
            try queue.close()
        }
        let before = try Data(contentsOf: fixture.databaseURL)
        let filesBefore = try fixture.files()

        #expect {
            try fixture.open()
        } throws: { error in
            guard case PersonalStoreError.newerSchema(let path, _) = error else { return false }
            let text = (error as? PersonalStoreError)?.description ?? ""
            return path == fixture.databaseURL.path && text.contains("newer version of weigh") && text.contains("left untouched")
        }
        #expect(try Data(contentsOf: fixture.databaseURL) == before)
        #expect(try fixture.files().filter { !$0.hasSuffix("-shm") && !$0.hasSuffix("-wal") } == filesBefore)
    }

    @Test func theMessageNamesWhatIsNewer() throws {
        let error = PersonalStoreError.newerSchema(path: "/d/weigh.sqlite", detail: "schema version 7; this weigh knows up to 1")
        #expect(error.description == "the personal database /d/weigh.sqlite was made by a newer version of weigh "
            + "(schema version 7; this weigh knows up to 1); it was left untouched. Update weigh, or choose another folder with --data-dir")
    }
}
