import Foundation

/// Which file the store opened (device and inode), so a write can tell
/// that the database it holds open is no longer the one at its path.
///
/// SQLite in WAL mode keeps writing into a database that was deleted,
/// renamed or whose folder was replaced by a file, and reports success:
/// every bookmark saved after that would be lost when weigh exits. The
/// store checks this identity at the start of each write and refuses the
/// write with the reason instead.
struct DatabaseFileIdentity: Equatable, Sendable {
    private let device: UInt64
    private let inode: UInt64

    /// The identity of the file at `url` now, or nil if there is none.
    static func current(_ url: URL) -> DatabaseFileIdentity? {
        var info = stat()
        guard stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return DatabaseFileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Throws `cannotSave`, saying what happened, unless `url` is still
    /// this file.
    func check(_ url: URL) throws(PersonalStoreError) {
        if Self.current(url) == self { return }
        let folder = url.deletingLastPathComponent()
        var info = stat()
        if stat(folder.path, &info) != 0 {
            throw .cannotSave(path: folder.path, reason: "the folder was deleted or moved while weigh was running")
        }
        if info.st_mode & S_IFMT != S_IFDIR {
            throw .cannotSave(path: folder.path, reason: "it is a file, not a folder (it was replaced while weigh was running)")
        }
        throw .cannotSave(path: url.path,
                          reason: "the database was deleted, moved or replaced while weigh was running; restart weigh to use it")
    }
}
