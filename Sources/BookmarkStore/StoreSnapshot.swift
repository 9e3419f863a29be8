import ArticleKit
import Foundation
import GRDB

/// What the reader's first frame needs from the store — every article's
/// reading position, the newest one (where weigh starts), the bookmarks —
/// read through one read-only connection, without opening the store for
/// writing. Opening it (a connection pool, the migrations, the opening
/// lock) takes longer than the library does to load, so the reader draws
/// from a snapshot and opens the store beside it (`ReaderStoreOpening`).
public struct StoreSnapshot: Sendable, Equatable {
    public var positions: [String: ReadingPosition] = [:]
    public var lastPosition: ReadingPosition?
    public var bookmarks: [Bookmark] = []

    /// How long to wait for another weigh holding the file before leaving
    /// the answer to `BookmarkDatabase`, which waits longer and says why.
    static let busyTimeout: TimeInterval = 0.2

    /// Reads the store in `directory`: empty when there is no database yet,
    /// nil when the file is not simply readable (damaged, from a newer
    /// weigh, locked, unreadable) — opening the store then decides what to
    /// do and what to tell the user.
    public static func read(directory: DataDirectory) -> StoreSnapshot? {
        let inspected = try? DatabaseInspection.inspect(directory.databaseURL, busyTimeout: busyTimeout) { db in
            StoreSnapshot(positions: try BookmarkDatabase.allReadingPositions(in: db),
                          lastPosition: try BookmarkDatabase.lastReadingPosition(in: db),
                          bookmarks: try Bookmark.fetchAll(db))
        }
        guard let inspected, inspected.finding == .usable else { return nil }
        return inspected.contents ?? StoreSnapshot()
    }
}
