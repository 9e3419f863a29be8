import Glibc

/// Writes to the terminal past ncurses: frames and mode switches go out
/// whole, in as few `write` calls as the kernel takes them.
enum TerminalOutput {
    /// Writes all of `bytes` to standard output, again after an
    /// interruption or a partial write. False if the terminal is gone.
    @discardableResult
    static func write(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let count = Glibc.write(STDOUT_FILENO, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                if count <= 0 { return false }
                written += count
            }
            return true
        }
    }
}
