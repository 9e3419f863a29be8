import ArticleKit
import GRDB

extension PersonalDatabase {
    /// Remembers where the reader is in an article (one position per
    /// article; the newest replaces the old one).
    public func saveReadingPosition(_ position: ReadingPosition) throws(PersonalStoreError) {
        try BookmarkText.checkPosition(blockIndex: position.blockIndex, offset: position.offset)
        let articleID = try BookmarkText.articleID(position.articleID)
        let updatedAt = Timestamp.milliseconds(clock())
        try write { db in
            // REPLACE gives the row a new, highest rowid: the tie-breaker
            // for two saves in the same millisecond.
            try db.execute(
                sql: "INSERT OR REPLACE INTO readingPosition (articleID, blockIndex, charOffset, updatedAt) VALUES (?, ?, ?, ?)",
                arguments: [articleID, position.blockIndex, position.offset, updatedAt])
        }
    }

    /// The saved position in this article, if any.
    public func readingPosition(for articleID: String) throws(PersonalStoreError) -> ReadingPosition? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT articleID, blockIndex, charOffset FROM readingPosition WHERE articleID = ?",
                             arguments: [articleID]).map(Self.position(from:))
        }
    }

    /// Every saved position, one per article, keyed by article id.
    public func allReadingPositions() throws(PersonalStoreError) -> [String: ReadingPosition] {
        try read(Self.allReadingPositions(in:))
    }

    /// The most recently saved position in any article: where weigh
    /// starts.
    public func lastReadingPosition() throws(PersonalStoreError) -> ReadingPosition? {
        try read(Self.lastReadingPosition(in:))
    }

    /// Every saved position (shared with `StoreSnapshot`).
    static let positionsQuery = "SELECT articleID, blockIndex, charOffset FROM readingPosition"
    /// The newest saved position; REPLACE gives a new rowid, the
    /// tie-breaker within a millisecond (shared with `StoreSnapshot`).
    static let lastPositionQuery = positionsQuery + " ORDER BY updatedAt DESC, rowid DESC LIMIT 1"

    static func allReadingPositions(in db: Database) throws -> [String: ReadingPosition] {
        let rows = try Row.fetchAll(db, sql: positionsQuery)
        return Dictionary(rows.map(Self.position(from:)).map { ($0.articleID, $0) }) { _, newest in newest }
    }

    static func lastReadingPosition(in db: Database) throws -> ReadingPosition? {
        try Row.fetchOne(db, sql: lastPositionQuery).map(Self.position(from:))
    }

    private static func position(from row: Row) -> ReadingPosition {
        ReadingPosition(articleID: row["articleID"], blockIndex: row["blockIndex"], offset: row["charOffset"])
    }
}
