import ArticleKit
import DecisionKit
import Foundation

/// What the reader's first frame needs from the store — every article's
/// reading position, the newest one (where weigh starts), the bookmarks,
/// the topic ratings and the notes —
/// read through one read-only connection (`SnapshotConnection`), without
/// opening the store for writing. Opening it (a connection pool, the
/// migrations, the opening lock) takes longer than the library does to
/// load, so the reader draws from a snapshot and opens the store after
/// (`ReaderStoreOpening`).
public struct StoreSnapshot: Sendable, Equatable {
    public var positions: [String: ReadingPosition] = [:]
    public var lastPosition: ReadingPosition?
    public var bookmarks: [Bookmark] = []
    /// Topic id → rating (`DecisionRecords.importance`).
    public var importance: [String: Importance] = [:]
    /// Notes, oldest first (`DecisionRecords.notes`).
    public var notes: [PersonalNote] = []

    /// How long to wait for another weigh holding the file before leaving
    /// the answer to `PersonalDatabase`, which waits longer and says why.
    static let busyTimeout: TimeInterval = 0.2

    /// Reads the store in `directory`: empty when there is no database yet,
    /// nil when the file is not simply readable (damaged, from a newer
    /// weigh, locked, unreadable) — opening the store then decides what to
    /// do and what to tell the user. Changes nothing.
    public static func read(directory: DataDirectory) -> StoreSnapshot? {
        let path = directory.databaseURL.path
        switch DatabaseFileContents.of(path) {
        case .nothing: return StoreSnapshot()
        case .notARegularFile, .unknown: return nil
        case .someBytes: break
        }
        guard let connection = SnapshotConnection(path: path, busyTimeout: busyTimeout) else { return nil }
        do {
            // One read transaction: every read sees one state of the file.
            try connection.execute("BEGIN")
            defer { try? connection.execute("COMMIT") }
            guard try connection.strings("PRAGMA quick_check") == ["ok"],
                  try BookmarkSchema.newerSchemaDetail(strings: connection.strings) == nil else { return nil }
            // A store not yet migrated has no decision tables; opening the
            // store adds them, and until then there is nothing to show.
            let userVersion = Int(try connection.strings("PRAGMA user_version").first ?? "") ?? 0
            var snapshot = StoreSnapshot()
            try connection.forEachRow(PersonalDatabase.positionsQuery) { row in
                let position = Self.position(row)
                snapshot.positions[position.articleID] = position
            }
            try connection.forEachRow(PersonalDatabase.lastPositionQuery) { snapshot.lastPosition = Self.position($0) }
            try connection.forEachRow(Bookmark.allQuery) { row in
                snapshot.bookmarks.append(Bookmark(
                    id: row.integer(0), articleID: row.text(1) ?? "", blockIndex: Int(row.integer(2)), offset: Int(row.integer(3)),
                    sectionTitle: row.text(4), excerpt: row.text(5) ?? "", label: row.text(6),
                    createdAt: Timestamp.date(milliseconds: row.integer(7))))
            }
            if userVersion >= 2 {
                try connection.forEachRow(DecisionRows.importanceQuery) { row in
                    if let rating = DecisionRows.importance(row) { snapshot.importance[rating.topicID] = rating.level }
                }
                try connection.forEachRow(DecisionRows.notesQuery) { row in
                    if let note = DecisionRows.note(row) { snapshot.notes.append(note) }
                }
            }
            return snapshot
        } catch {
            return nil
        }
    }

    /// A row of `articleID, blockIndex, charOffset`.
    private static func position(_ row: SnapshotRow) -> ReadingPosition {
        ReadingPosition(articleID: row.text(0) ?? "", blockIndex: Int(row.integer(1)), offset: Int(row.integer(2)))
    }
}
