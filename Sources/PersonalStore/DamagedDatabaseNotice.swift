import Foundation

/// What to tell the user, once, when the store found its database damaged,
/// moved it aside (it is never deleted) and started a fresh one.
public struct DamagedDatabaseNotice: Hashable, Sendable, CustomStringConvertible {
    /// Where the damaged database was.
    public var originalURL: URL
    /// Where it is now (`weigh.sqlite.damaged-<UTC time>`). Its `-wal` and
    /// `-shm` files, if there were any, sit beside it with those suffixes
    /// appended, so SQLite tools can open the moved copy as it was.
    public var movedURL: URL
    /// What SQLite reported about the file.
    public var reason: String

    public init(originalURL: URL, movedURL: URL, reason: String) {
        self.originalURL = originalURL
        self.movedURL = movedURL
        self.reason = reason
    }

    /// One line for the status line or standard error.
    public var description: String {
        "personal database was damaged; moved aside to \(movedURL.path); starting fresh"
    }
}
