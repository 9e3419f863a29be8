import Foundation

/// An exclusive `flock` on the data folder, held while a process checks,
/// moves aside or migrates the database, so two weigh processes starting
/// at once never both migrate a new file or both move a damaged one. The
/// kernel drops the lock when the process dies, even by SIGKILL.
struct OpeningLock: ~Copyable {
    private let descriptor: Int32

    /// Waits up to `timeout` seconds for the lock. If the folder cannot be
    /// locked at all (a file system without `flock`), opening goes on
    /// without it: SQLite's own locking still keeps the data safe.
    static func acquire(folder: URL, timeout: TimeInterval) throws(PersonalStoreError) -> OpeningLock {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .cannotSave(path: folder.path, reason: "cannot open the folder (\(SystemError.lastMessage()))")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else { break }
            if Date() >= deadline {
                close(descriptor)
                throw .databaseFailure(path: folder.path, reason: "another weigh kept the data folder locked for \(Int(timeout)) s")
            }
            usleep(10_000)
        }
        return OpeningLock(descriptor: descriptor)
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }
}
