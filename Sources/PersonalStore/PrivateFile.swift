import Foundation

/// Keeps the database readable by its owner only (0600), including the
/// `-wal` and `-shm` files SQLite makes beside it.
enum PrivateFile {
    /// Creates an empty 0600 file if there is none, so SQLite (which gives
    /// its `-wal` and `-shm` files the database's mode) never makes a
    /// world-readable one.
    static func create(_ url: URL) throws(PersonalStoreError) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
            _ = chmod(url.path, 0o600)
        } else if errno != EEXIST {
            throw .cannotSave(path: url.path, reason: "cannot create the database file (\(SystemError.lastMessage()))")
        }
    }

    /// Sets 0600 on the database and whichever companions exist.
    static func restrict(_ url: URL) {
        for suffix in [""] + DamagedFileMover.companionSuffixes {
            _ = chmod(url.path + suffix, 0o600)
        }
    }
}
