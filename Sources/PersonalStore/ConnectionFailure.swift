import GRDB
import GRDBSQLite

/// A SQLite error together with the system's error number behind it
/// (`sqlite3_system_errno`), read on the connection that failed: SQLite
/// says only "disk I/O error" where the system said "file too large" or
/// "no space left on device".
struct ConnectionFailure: Error {
    var error: DatabaseError
    /// The `errno` of the failed system call; 0 if the error was not an
    /// I/O or open failure.
    var systemCode: Int32

    /// Runs `body` on `db`; a `DatabaseError` it throws comes out as a
    /// `ConnectionFailure`.
    static func capturing<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            // SQLite records errno only for I/O and open failures, so for
            // any other code the value could be left over from before.
            let recorded = [.SQLITE_IOERR, .SQLITE_CANTOPEN].contains(error.resultCode)
            throw ConnectionFailure(error: error, systemCode: recorded ? sqlite3_system_errno(db.sqliteConnection) : 0)
        }
    }

    /// For `Configuration.prepareDatabase`: the first read of a new
    /// connection, which is where opening fails on a full disk (SQLite
    /// creates the `-shm` file then). GRDB would make the same read next,
    /// but without the error number.
    static func firstRead(_ db: Database) throws {
        try capturing(db) {
            _ = try Row.fetchOne(db, sql: "SELECT * FROM sqlite_master LIMIT 1")
        }
    }
}
