import GRDB

/// The database's tables, built by named GRDB migrations. Each migration
/// also raises `PRAGMA user_version` to its number, so a newer weigh's
/// file is recognised even by a program that does not read
/// `grdb_migrations`.
enum BookmarkSchema {
    /// The `user_version` after the last migration this program knows.
    static let version = 1

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-bookmarks-and-reading-positions") { db in
            try db.execute(sql: """
                CREATE TABLE bookmark (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    articleID TEXT NOT NULL,
                    blockIndex INTEGER NOT NULL CHECK (blockIndex >= 0),
                    charOffset INTEGER NOT NULL CHECK (charOffset >= 0),
                    sectionTitle TEXT,
                    excerpt TEXT NOT NULL,
                    label TEXT,
                    createdAt INTEGER NOT NULL
                );
                CREATE INDEX bookmark_by_article ON bookmark(articleID, createdAt);
                CREATE TABLE readingPosition (
                    articleID TEXT PRIMARY KEY NOT NULL,
                    blockIndex INTEGER NOT NULL CHECK (blockIndex >= 0),
                    charOffset INTEGER NOT NULL CHECK (charOffset >= 0),
                    updatedAt INTEGER NOT NULL
                );
                CREATE INDEX readingPosition_by_time ON readingPosition(updatedAt);
                PRAGMA user_version = 1;
                """)
        }
        return migrator
    }()

    /// Why the database in `db` is newer than this program, or nil if it
    /// is not: an applied migration this program does not know, or a
    /// higher `user_version`.
    static func newerSchemaDetail(_ db: Database) throws -> String? {
        let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if userVersion > version {
            return "schema version \(userVersion); this weigh knows up to \(version)"
        }
        // Plain SQL rather than GRDB's schema introspection and
        // `appliedIdentifiers`, which take longer to set up than the reader's
        // first frame takes to load the library. The table is GRDB's
        // migration log, one row per applied migration.
        let logged = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'"
        guard try Int.fetchOne(db, sql: logged) == 1 else { return nil }
        let known = Set(migrator.migrations)
        let unknown = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")).subtracting(known).sorted()
        if unknown.isEmpty { return nil }
        return "unknown migration \(unknown.map { "'\($0)'" }.joined(separator: ", "))"
    }
}
