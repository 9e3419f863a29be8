import Foundation
import GRDBSQLite

/// One read-only connection through SQLite's C interface, used only for
/// the reader's start-up snapshot (`StoreSnapshot`). Opening a GRDB queue
/// (its dispatch queue, functions, collations, authorizer, and the Swift
/// generic code behind them, set up for the first time in the process)
/// costs the first frame several times what reading three small tables
/// through the C interface does. Everything that writes, and everything
/// else that reads, goes through GRDB (`PersonalDatabase`).
final class SnapshotConnection {
    /// A failed step, with SQLite's message.
    struct Failure: Error {
        var message: String
    }

    private let handle: OpaquePointer

    /// Opens `path` read-only; nil if SQLite cannot.
    init?(path: String, busyTimeout: TimeInterval) {
        var opened: OpaquePointer?
        let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW
        guard sqlite3_open_v2(path, &opened, flags, nil) == SQLITE_OK, let opened else {
            sqlite3_close_v2(opened)
            return nil
        }
        handle = opened
        sqlite3_busy_timeout(handle, Int32(busyTimeout * 1000))
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs `sql` and calls `row` for each row it gives.
    func forEachRow(_ sql: String, _ row: (SnapshotRow) throws -> Void) throws {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw failure()
        }
        defer { sqlite3_finalize(statement) }
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW: try row(SnapshotRow(statement: statement))
            case SQLITE_DONE: return
            default: throw failure()
            }
        }
    }

    /// The first column of every row of `sql`, as text.
    func strings(_ sql: String) throws -> [String] {
        var values: [String] = []
        try forEachRow(sql) { values.append($0.text(0) ?? "") }
        return values
    }

    /// Runs statements that give no rows (BEGIN, COMMIT).
    func execute(_ sql: String) throws {
        try forEachRow(sql) { _ in }
    }

    private func failure() -> Failure {
        Failure(message: String(cString: sqlite3_errmsg(handle)))
    }
}

/// The current row of a `SnapshotConnection` query, by column index.
struct SnapshotRow {
    fileprivate let statement: OpaquePointer

    func integer(_ column: Int32) -> Int64 {
        sqlite3_column_int64(statement, column)
    }

    /// The column as text; nil for NULL.
    func text(_ column: Int32) -> String? {
        guard sqlite3_column_type(statement, column) != SQLITE_NULL, let bytes = sqlite3_column_text(statement, column) else { return nil }
        return String(cString: bytes)
    }
}
