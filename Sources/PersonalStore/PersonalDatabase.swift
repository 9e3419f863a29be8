import Foundation
import GRDB

/// Everything personal weigh keeps: bookmarks, the last reading position in
/// each article, and the decision records (ratings, notes, questions, where
/// the person stands), in SQLite (`weigh.sqlite` in the data folder)
/// through a GRDB `DatabasePool` in WAL mode, so several weigh processes
/// can use it at once. Every change is one transaction that takes the write
/// lock when it begins (`BEGIN IMMEDIATE`), so two writers queue on the
/// busy timeout (`busyTimeout`) instead of one failing when its read turns
/// into a write. A write first checks that the database file is still the
/// one opened, so a database deleted or replaced under a running weigh is
/// reported rather than written into and lost.
///
/// Opening prepares the folder (0700) and file (0600), refuses a newer
/// weigh's database without touching it, and moves a damaged one aside,
/// reporting that once in `damageNotice`. Every failure is a
/// `PersonalStoreError` whose description can be shown as it is.
public final class PersonalDatabase: Sendable {
    /// How long to wait for another process holding the database. A write
    /// takes milliseconds, but SQLite's busy handler polls, so under eight
    /// processes writing at once on a loaded two-core machine one was seen
    /// waiting more than 5 s for its turn; 15 s keeps that a wait, not a
    /// lost bookmark.
    public static let busyTimeout: TimeInterval = 15

    /// The data folder this store lives in.
    public let directory: DataDirectory
    /// Set when opening found the database damaged and moved it aside;
    /// show it to the user once. Nil on every later open.
    public let damageNotice: DamagedDatabaseNotice?

    let pool: DatabasePool
    let clock: @Sendable () -> Date
    /// The database file the pool has open.
    let fileIdentity: DatabaseFileIdentity

    /// Opens (creating if needed) the store in `directory`. `clock` gives
    /// creation and update times; tests replace it.
    public init(directory: DataDirectory, clock: @escaping @Sendable () -> Date = { Date() }) throws(PersonalStoreError) {
        self.directory = directory
        self.clock = clock
        let url = directory.databaseURL
        try DataFolder.prepare(directory.url)
        let lock = try OpeningLock.acquire(folder: directory.url, timeout: Self.busyTimeout)
        var notice: DamagedDatabaseNotice?
        switch try DatabaseInspection.inspect(url, busyTimeout: Self.busyTimeout) {
        case .usable:
            break
        case .newer(let detail):
            throw .newerSchema(path: url.path, detail: detail)
        case .damaged(let reason):
            let moved = try DamagedFileMover.moveAside(url, at: clock())
            notice = DamagedDatabaseNotice(originalURL: url, movedURL: moved, reason: reason)
        }
        damageNotice = notice
        pool = try Self.openPool(at: url)
        guard let identity = DatabaseFileIdentity.current(url) else {
            throw .cannotSave(path: url.path, reason: "the database file disappeared while it was being opened")
        }
        fileIdentity = identity
        _ = consume lock
    }

    private static func openPool(at url: URL) throws(PersonalStoreError) -> DatabasePool {
        try PrivateFile.create(url)
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase(ConnectionFailure.firstRead)
        do {
            let pool = try BusyRetry.run(timeout: busyTimeout) {
                let pool = try DatabasePool(path: url.path, configuration: configuration)
                try BookmarkSchema.migrator.migrate(pool)
                // GRDB sets NORMAL for WAL; FULL also survives a power cut.
                try pool.barrierWriteWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA synchronous = FULL")
                }
                return pool
            }
            PrivateFile.restrict(url)
            return pool
        } catch {
            throw DatabaseFailure.saving(error, path: url.path)
        }
    }

    /// The database file.
    public var databaseURL: URL { directory.databaseURL }

    /// Runs `body` in one write transaction, begun with `BEGIN IMMEDIATE`
    /// (GRDB's default for writes, made explicit here because the store's
    /// concurrency depends on it), after checking the file is still the
    /// one opened.
    func write<T>(_ body: (Database) throws -> T) throws(PersonalStoreError) -> T {
        let url = databaseURL
        let identity = fileIdentity
        do {
            return try pool.writeWithoutTransaction { db in
                try ConnectionFailure.capturing(db) {
                    var result: T?
                    try db.inTransaction(.immediate) {
                        try identity.check(url)
                        result = try body(db)
                        return .commit
                    }
                    return result!
                }
            }
        } catch {
            throw DatabaseFailure.saving(error, path: url.path)
        }
    }

    /// Runs `body` in a read transaction.
    func read<T>(_ body: (Database) throws -> T) throws(PersonalStoreError) -> T {
        do {
            return try pool.read { db in try ConnectionFailure.capturing(db) { try body(db) } }
        } catch {
            throw DatabaseFailure.saving(error, path: databaseURL.path)
        }
    }
}
