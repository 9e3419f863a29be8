import Foundation

/// Sends standard error to a temporary file while curses owns the screen,
/// so nothing scribbles over it, and replays what was written once the
/// terminal is restored.
struct StandardErrorCapture {
    private let savedDescriptor: Int32
    private let path: String

    /// Starts capturing; nil if stderr cannot be redirected (then it is
    /// left alone).
    init?() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("weigh-stderr-\(getpid()).log").path
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard file >= 0 else { return nil }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(file, STDERR_FILENO) >= 0 else {
            close(file)
            return nil
        }
        close(file)
        self.savedDescriptor = saved
        self.path = path
    }

    /// The real standard error, for messages that must be seen now.
    var realStandardError: Int32 { savedDescriptor }

    /// Restores standard error and writes out what was captured.
    func finish() {
        dup2(savedDescriptor, STDERR_FILENO)
        close(savedDescriptor)
        if let captured = FileManager.default.contents(atPath: path), !captured.isEmpty {
            FileHandle.standardError.write(captured)
        }
        unlink(path)
    }
}
