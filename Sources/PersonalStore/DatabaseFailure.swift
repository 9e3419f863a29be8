import Foundation
import GRDB

/// Turns errors from SQLite into `PersonalStoreError`s that say what
/// happened in words ("the disk is full", not "disk I/O error").
enum DatabaseFailure {
    /// For failures while opening, reading or writing: anything that means
    /// the data cannot be written is `cannotSave`.
    static func saving(_ error: any Error, path: String) -> PersonalStoreError {
        if let error = error as? PersonalStoreError { return error }
        if let failure = error as? ConnectionFailure { return saving(failure.error, systemCode: failure.systemCode, path: path) }
        guard let error = error as? DatabaseError else {
            return .databaseFailure(path: path, reason: String(describing: error))
        }
        return saving(error, systemCode: 0, path: path)
    }

    static func saving(_ error: DatabaseError, systemCode: Int32, path: String) -> PersonalStoreError {
        let message = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_FULL:
            return .cannotSave(path: path, reason: diskFull)
        case .SQLITE_IOERR, .SQLITE_CANTOPEN:
            let code = systemCode != 0 ? systemCode : StorageDiagnosis.likelyErrno(forDatabaseAt: path)
            return .cannotSave(path: path, reason: systemReason(code, sqliteMessage: message))
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            return .cannotSave(path: path, reason: message)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .databaseFailure(path: path, reason: "another weigh kept the database locked (\(message))")
        default:
            return .databaseFailure(path: path, reason: message)
        }
    }

    static let diskFull = "the disk is full"

    /// The reason in plain words for the error numbers a person can do
    /// something about; otherwise SQLite's message and the system's.
    static func systemReason(_ code: Int32, sqliteMessage: String) -> String {
        switch code {
        case 0: sqliteMessage
        case ENOSPC: diskFull
        case EDQUOT: "the disk quota is used up"
        case EFBIG: "the file size limit was reached (ulimit -f)"
        case EROFS: "the file system is read-only"
        default: "\(sqliteMessage) (\(SystemError.message(for: code)))"
        }
    }
}
