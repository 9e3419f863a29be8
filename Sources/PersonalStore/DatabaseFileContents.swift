import Foundation

/// Whether the database file holds anything to read, as opening it and the
/// start-up snapshot both ask first: no file or an empty one means a new
/// store; something other than a regular file, or a file `stat` cannot
/// look at, is a problem the caller reports in its own way.
enum DatabaseFileContents {
    case nothing
    case someBytes
    case notARegularFile
    case unknown(reason: String)

    static func of(_ path: String) -> DatabaseFileContents {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == ENOENT ? .nothing : .unknown(reason: SystemError.lastMessage())
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return .notARegularFile }
        return info.st_size == 0 ? .nothing : .someBytes
    }
}
