import Foundation
import GRDB

/// A look at an existing database file through a read-only connection,
/// before anything writes to it: is it healthy, damaged, or from a newer
/// weigh? Nothing here changes the file.
enum DatabaseInspection {
    enum Finding: Equatable {
        /// No file, an empty file, or a sound database this program knows.
        case usable
        /// Not a database, or a corrupt one; `reason` is SQLite's word.
        case damaged(reason: String)
        /// A newer weigh's schema.
        case newer(detail: String)
    }

    static func inspect(_ url: URL, busyTimeout: TimeInterval) throws(PersonalStoreError) -> Finding {
        switch DatabaseFileContents.of(url.path) {
        case .nothing: return .usable
        case .unknown(let reason): throw .cannotSave(path: url.path, reason: reason)
        case .notARegularFile: throw .cannotSave(path: url.path, reason: "it is not a regular file")
        case .someBytes: break
        }
        if access(url.path, R_OK | W_OK) != 0 {
            throw .cannotSave(path: url.path, reason: "the database file is not writable (\(SystemError.lastMessage()))")
        }
        do {
            return try inspect(url, busyTimeout: busyTimeout, readonly: true)
        } catch let error where isReadOnlyRefusal(error) {
            // A writer killed mid-write can leave a write-ahead log whose
            // index must be rebuilt, which a read-only connection may not
            // do: every later start would then fail. A writing connection
            // rebuilds it (the database's content is not changed).
            do {
                return try inspect(url, busyTimeout: busyTimeout, readonly: false)
            } catch {
                if let reason = damage(error) { return .damaged(reason: reason) }
                throw DatabaseFailure.saving(error, path: url.path)
            }
        } catch {
            if let reason = damage(error) { return .damaged(reason: reason) }
            throw DatabaseFailure.saving(error, path: url.path)
        }
    }

    private static func inspect(_ url: URL, busyTimeout: TimeInterval, readonly: Bool) throws -> Finding {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase(ConnectionFailure.firstRead)
        return try BusyRetry.run(timeout: busyTimeout) {
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                try ConnectionFailure.capturing(db) {
                    let problems = try String.fetchAll(db, sql: "PRAGMA quick_check")
                    guard problems == ["ok"] else {
                        return .damaged(reason: problems.prefix(3).joined(separator: "; "))
                    }
                    if let detail = try BookmarkSchema.newerSchemaDetail(strings: { try String.fetchAll(db, sql: $0) }) {
                        return .newer(detail: detail)
                    }
                    return .usable
                }
            }
        }
    }

    /// Whether `error` is SQLite refusing a read-only connection (a log to
    /// recover, an index it cannot build), not anything about the file.
    static func isReadOnlyRefusal(_ error: any Error) -> Bool {
        guard let error = (error as? ConnectionFailure)?.error ?? (error as? DatabaseError) else { return false }
        return error.resultCode == .SQLITE_READONLY
    }

    /// SQLite's reason if `error` says the file is not a database or is
    /// corrupt, as opposed to locked, unreadable or on a full disk, which
    /// are not the file's fault and must never get it moved aside.
    static func damage(_ error: any Error) -> String? {
        guard let error = (error as? ConnectionFailure)?.error ?? (error as? DatabaseError),
              error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT else { return nil }
        return error.message ?? "\(error.resultCode)"
    }
}
