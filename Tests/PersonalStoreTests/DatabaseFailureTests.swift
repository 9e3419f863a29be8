import Foundation
import GRDB
import Testing
@testable import PersonalStore

/// SQLite's errors in words a person can act on: "disk I/O error" becomes
/// what the system said (a full disk, a file size limit).
@Suite("SQLite's errors in plain words")
struct DatabaseFailureTests {
    static let path = "/d/weigh.sqlite"

    @Test(arguments: [
        (ResultCode.SQLITE_FULL, Int32(0), "the disk is full"),
        (ResultCode.SQLITE_IOERR_WRITE, ENOSPC, "the disk is full"),
        (ResultCode.SQLITE_IOERR_SHMSIZE, ENOSPC, "the disk is full"),
        (ResultCode.SQLITE_IOERR_WRITE, EFBIG, "the file size limit was reached (ulimit -f)"),
        (ResultCode.SQLITE_IOERR_WRITE, EDQUOT, "the disk quota is used up"),
        (ResultCode.SQLITE_IOERR_FSYNC, EROFS, "the file system is read-only"),
        (ResultCode.SQLITE_IOERR_READ, EIO, "disk I/O error (input/output error)"),
        (ResultCode.SQLITE_IOERR_WRITE, Int32(0), "disk I/O error"),
    ])
    func cannotSaveSaysWhy(code: ResultCode, systemCode: Int32, reason: String) {
        let error = DatabaseError(resultCode: code, message: code == .SQLITE_FULL ? "database or disk is full" : "disk I/O error")
        let failure = DatabaseFailure.saving(ConnectionFailure(error: error, systemCode: systemCode), path: Self.path)
        #expect(failure == .cannotSave(path: Self.path, reason: reason))
        #expect(failure.description == "bookmarks cannot be saved: \(Self.path): \(reason)")
    }

    @Test func aLockedDatabaseIsNotCannotSave() {
        let error = DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked")
        #expect(DatabaseFailure.saving(error, path: Self.path)
            == .databaseFailure(path: Self.path, reason: "another weigh kept the database locked (database is locked)"))
    }
}
