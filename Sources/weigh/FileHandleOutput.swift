import Foundation

/// Raw writes to the standard streams, with write(2): unbuffered, and
/// never a trap on a failed write (FileHandle's `write` traps on EPIPE).
enum FileHandleOutput {
    /// Writes to standard error; a failure is ignored (there is nowhere
    /// left to report it).
    static func writeToStandardError(_ string: String) {
        _ = writeAll(Array(string.utf8), to: STDERR_FILENO)
    }

    /// Writes to standard output. A reader that has gone away
    /// (`weigh show … | head -1`) ends weigh quietly the way it ends `cat`:
    /// by SIGPIPE, status 141 in a shell — also when a parent left SIGPIPE
    /// ignored (the write then fails with EPIPE and weigh raises SIGPIPE
    /// itself, as git does). Any other failure (a full disk) is an error.
    static func writeToStandardOutput(_ string: String) throws(CommandFailure) {
        let failure = writeAll(Array(string.utf8), to: STDOUT_FILENO)
        guard failure != 0 else { return }
        if failure == EPIPE { dieOfBrokenPipe() }
        throw CommandFailure("cannot write to standard output: \(String(cString: strerror(failure)))")
    }

    /// Columns of the terminal on stdout, or nil when stdout is not one.
    static func terminalColumns() -> Int? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Writes every byte, retrying after a signal; 0, or the errno of the
    /// write that failed.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    private static func dieOfBrokenPipe() -> Never {
        signal(SIGPIPE, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGPIPE)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(SIGPIPE)
        exit(128 + SIGPIPE)
    }
}
