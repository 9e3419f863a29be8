import PersonalStore
import Foundation

/// Writes a whole file so that it is either there complete or not at all,
/// and stays after a crash or power loss: the bytes go to a temporary file
/// beside it (0600, as personal data), are flushed with fsync, and the
/// file is then given its name (a hard link that fails if the name is
/// taken, or a rename that replaces), and the folder is flushed too.
enum DurableFile {
    /// Why a file could not be written: the system's words.
    struct Failure: Error {
        var reason: String
    }

    /// Writes `bytes` at `url` unless something is already there: false
    /// when the name is taken (nothing is written then).
    static func create(_ bytes: [UInt8], at url: URL) throws(Failure) -> Bool {
        let temporary = try writeTemporary(bytes, beside: url)
        defer { unlink(temporary) }
        if link(temporary, url.path) != 0 {
            if errno == EEXIST { return false }
            throw Failure(reason: SystemError.lastMessage())
        }
        syncFolder(of: url)
        return true
    }

    /// Writes `bytes` at `url`, replacing what was there.
    static func replace(_ bytes: [UInt8], at url: URL) throws(Failure) {
        let temporary = try writeTemporary(bytes, beside: url)
        guard rename(temporary, url.path) == 0 else {
            let reason = SystemError.lastMessage()
            unlink(temporary)
            throw Failure(reason: reason)
        }
        syncFolder(of: url)
    }

    /// A new file in `url`'s folder holding `bytes`, flushed; its path.
    private static func writeTemporary(_ bytes: [UInt8], beside url: URL) throws(Failure) -> String {
        var template = Array((url.deletingLastPathComponent().path + "/.weigh-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Failure(reason: SystemError.lastMessage()) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let reason = SystemError.lastMessage()
                unlink(path)
                throw Failure(reason: reason)
            }
            offset += written
        }
        guard fsync(descriptor) == 0 else {
            let reason = SystemError.lastMessage()
            unlink(path)
            throw Failure(reason: reason)
        }
        return path
    }

    /// Flushes the folder, so the new name survives a crash.
    private static func syncFolder(of url: URL) {
        let folder = open(url.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return }
        _ = fsync(folder)
        close(folder)
    }
}
