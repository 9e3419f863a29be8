import Foundation
import GRDB

/// Turns errors from SQLite into `BookmarkStoreError`s that say what
/// happened in words.
enum DatabaseFailure {
    /// For failures while opening or writing: anything that means the
    /// data cannot be written is `cannotSave`.
    static func saving(_ error: any Error, path: String) -> BookmarkStoreError {
        if let error = error as? BookmarkStoreError { return error }
        guard let error = error as? DatabaseError else {
            return .databaseFailure(path: path, reason: String(describing: error))
        }
        let reason = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_FULL, .SQLITE_IOERR:
            return .cannotSave(path: path, reason: reason)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .databaseFailure(path: path, reason: "another weigh kept the database locked (\(reason))")
        default:
            return .databaseFailure(path: path, reason: reason)
        }
    }
}
