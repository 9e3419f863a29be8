import Foundation

/// Works out why SQLite could not write when it does not say: a failed
/// commit reports only "disk I/O error" (SQLite keeps the system's error
/// number for failed statements, not for a failed commit). Looks at what a
/// person could fix: a file size limit (`ulimit -f`) the database files
/// have reached, or a disk with no room left.
enum StorageDiagnosis {
    /// How close to a limit counts as at it: more than one write of
    /// SQLite's (a page, a 32 KB piece of the -shm file).
    static let margin: Int64 = 64 * 1024

    /// The errno that most likely explains a failed write to the database
    /// at `path`, or 0 if nothing here explains it.
    static func likelyErrno(forDatabaseAt path: String) -> Int32 {
        if reachedFileSizeLimit(path) { return EFBIG }
        if diskIsFull(URL(fileURLWithPath: path).deletingLastPathComponent().path) { return ENOSPC }
        return 0
    }

    private static func reachedFileSizeLimit(_ path: String) -> Bool {
        var limit = rlimit()
        guard getrlimit(RLIMIT_FSIZE_VALUE, &limit) == 0, limit.rlim_cur != unlimited else { return false }
        return ([""] + DamagedFileMover.companionSuffixes).contains { suffix in
            var info = stat()
            return stat(path + suffix, &info) == 0 && Int64(info.st_size) + margin >= Int64(clamping: limit.rlim_cur)
        }
    }

    private static func diskIsFull(_ folder: String) -> Bool {
        var info = statvfs()
        guard statvfs(folder, &info) == 0 else { return false }
        // root may also use the blocks kept back for it.
        let blocks = geteuid() == 0 ? info.f_bfree : info.f_bavail
        return Int64(clamping: blocks) * Int64(clamping: info.f_frsize) < margin
    }

    #if os(Linux)
    private static let RLIMIT_FSIZE_VALUE = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
    /// RLIM_INFINITY: all ones on Linux (the macro does not import).
    private static let unlimited = rlim_t.max
    #else
    private static let RLIMIT_FSIZE_VALUE = RLIMIT_FSIZE
    private static let unlimited = RLIM_INFINITY
    #endif
}
