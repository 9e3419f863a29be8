import Foundation
import GRDB

/// Retries opening work that SQLite refused with "database is locked"
/// until the busy timeout has passed. SQLite's busy handler does not cover
/// every lock a connection meets while opening a WAL database that others
/// are writing (a reader can give up on the WAL index without waiting), so
/// under eight busy writers a ninth process could fail to open at all.
enum BusyRetry {
    static func run<T>(timeout: TimeInterval, _ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            do {
                return try body()
            } catch where isBusy(error) && Date() < deadline {
                usleep(20_000)
            }
        }
    }

    static func isBusy(_ error: any Error) -> Bool {
        let code = ((error as? ConnectionFailure)?.error ?? (error as? DatabaseError))?.resultCode
        return code == .SQLITE_BUSY || code == .SQLITE_LOCKED
    }
}
