import ArticleKit
import Foundation

/// Sends standard error to a temporary file while curses owns the screen,
/// so nothing scribbles over it, and replays what was written once the
/// terminal is restored (a crash replays it too, see crashrestore.h).
struct StandardErrorCapture {
    private let savedDescriptor: Int32
    /// The file standard error goes to meanwhile.
    let path: String

    /// Starts capturing; nil if stderr cannot be redirected (then it is
    /// left alone).
    init?() {
        // The folder `FileManager.temporaryDirectory` names, without
        // starting FileManager on the way to the first frame.
        let folder = ProcessEnvironment.current["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + "weigh-stderr-\(getpid()).log"
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard file >= 0 else { return nil }
        let saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 0)
        guard saved >= 0, dup2(file, STDERR_FILENO) >= 0 else {
            close(file)
            if saved >= 0 { close(saved) }
            unlink(path)
            return nil
        }
        close(file)
        self.savedDescriptor = saved
        self.path = path
    }

    /// The real standard error, for messages that must be seen now.
    var realStandardError: Int32 { savedDescriptor }

    /// Restores standard error and writes out what was captured. Write
    /// errors are ignored: after a hangup the terminal is gone, and
    /// FileHandle would trap on them. The file is copied with read() and
    /// write(), not through Foundation, whose reading of an empty file
    /// leaves its buffer allocated (LeakSanitizer).
    func finish() {
        dup2(savedDescriptor, STDERR_FILENO)
        close(savedDescriptor)
        let file = open(path, O_RDONLY | O_CLOEXEC)
        if file >= 0 {
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            copying: while true {
                let count = buffer.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                var offset = 0
                while offset < count {
                    let written = buffer.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress! + offset, count - offset) }
                    if written < 0 && errno == EINTR { continue }
                    if written <= 0 { break copying }
                    offset += written
                }
            }
            close(file)
        }
        unlink(path)
    }
}
