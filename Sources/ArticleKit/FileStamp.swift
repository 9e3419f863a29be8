import Foundation

/// What identifies one version of a file without reading it: size,
/// modification and change times (nanoseconds) and inode. Any write, a
/// `touch`, or a replacement by rename changes at least one of them, so a
/// cached parse is used only for the very file it was made from.
struct FileStamp: Hashable, Sendable {
    var size: Int64
    var modified: Int64
    var changed: Int64
    var inode: Int64

    /// The stamp of a regular file (not a link, pipe or folder), or nil:
    /// anything else is always read afresh.
    static func of(path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(info)
    }

    /// The stamp of a folder (a symbolic link to one is followed), or nil.
    /// Adding, removing or renaming a file in a folder changes its
    /// modification time.
    static func ofFolder(path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return FileStamp(info)
    }

    /// The stamp in `info` (from `stat` or `fstat`).
    init(_ info: stat) {
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        inode = Int64(bitPattern: UInt64(info.st_ino))
    }

    init(size: Int64, modified: Int64, changed: Int64, inode: Int64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }
}
