import GRDB

/// The database's tables, built by named GRDB migrations (bookmarks and
/// reading positions, then the decision records, `DecisionSchema`). Each migration
/// also raises `PRAGMA user_version` to its number, so a newer weigh's
/// file is recognised even by a program that does not read
/// `grdb_migrations`.
enum BookmarkSchema {
    /// The `user_version` after the last migration this program knows.
    static let version = 2

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
        migrator.registerMigration("v2-decision-records", migrate: DecisionSchema.create)
        return migrator
    }()

    /// Why the database is newer than this program, or nil if it is not:
    /// a higher `user_version`, or an applied migration this program does
    /// not know. `strings` runs a query and gives its first column as text:
    /// GRDB's, or the start-up snapshot's plain connection
    /// (`SnapshotConnection`), so both decide the same way.
    static func newerSchemaDetail(strings: (String) throws -> [String]) throws -> String? {
        let userVersion = Int(try strings("SELECT CAST(user_version AS TEXT) FROM pragma_user_version").first ?? "") ?? 0
        if userVersion > version {
            return "schema version \(userVersion); this weigh knows up to \(version)"
        }
        // GRDB's migration log, one row per applied migration, read with
        // plain SQL: GRDB's schema introspection and `appliedIdentifiers`
        // take longer to set up than the reader's first frame takes to load
        // the library.
        let logged = "SELECT CAST(count(*) AS TEXT) FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'"
        guard try strings(logged).first == "1" else { return nil }
        let known = Set(migrator.migrations)
        let unknown = Set(try strings("SELECT identifier FROM grdb_migrations")).subtracting(known).sorted()
        if unknown.isEmpty { return nil }
        return "unknown migration \(unknown.map { "'\($0)'" }.joined(separator: ", "))"
    }
}
