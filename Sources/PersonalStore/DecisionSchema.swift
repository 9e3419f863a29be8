import GRDB

/// The tables of the person's decision records, added to a version-1
/// store in place by the migration "v2-decision-records". Times are whole
/// milliseconds since 1970 (UTC), like the bookmarks', so import's
/// duplicate checks compare exactly. A claim is kept as it was written
/// (its `claim…` columns), so a note or question stays readable when the
/// article changes.
enum DecisionSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE topicImportance (
                topicID TEXT PRIMARY KEY NOT NULL,
                level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
                updatedAt INTEGER NOT NULL
            );
            CREATE TABLE personalNote (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                targetKind TEXT NOT NULL CHECK (targetKind IN ('claim', 'topic', 'bookmark')),
                target TEXT NOT NULL,
                claimText TEXT,
                claimStance TEXT,
                claimTopicID TEXT,
                claimArticleID TEXT,
                claimArticleTitle TEXT,
                text TEXT NOT NULL,
                createdAt INTEGER NOT NULL,
                updatedAt INTEGER NOT NULL
            );
            CREATE INDEX personalNote_by_target ON personalNote(targetKind, target);
            CREATE TABLE clinicianQuestion (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                text TEXT NOT NULL,
                position INTEGER NOT NULL CHECK (position >= 0),
                claimRef TEXT,
                claimText TEXT,
                claimStance TEXT,
                claimTopicID TEXT,
                claimArticleID TEXT,
                claimArticleTitle TEXT,
                createdAt INTEGER NOT NULL
            );
            CREATE TABLE stanceEntry (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                leaning TEXT NOT NULL CHECK (leaning IN ('towards', 'unsure', 'against', 'undecided')),
                sure TEXT CHECK (sure IS NULL OR length(sure) = 4),
                recordedAt INTEGER NOT NULL
            );
            PRAGMA user_version = 2;
            """)
    }
}
