import Foundation

/// Raw writes to the standard streams, with write(2): unbuffered, and
/// never a trap on a failed write (FileHandle's `write` traps on EPIPE).
enum FileHandleOutput {
    /// Writes to standard error; a failure is ignored (there is nowhere
    /// left to report it).
    static func writeToStandardError(_ string: String) {
        var string = string
        _ = string.withUTF8 { writeAll($0, to: STDERR_FILENO) }
    }

    /// Writes to standard output. A reader that has gone away
    /// (`weigh show … | head -1`) ends weigh quietly the way it ends `cat`:
    /// by SIGPIPE, status 141 in a shell — also when a parent left SIGPIPE
    /// ignored (the write then fails with EPIPE and weigh raises SIGPIPE
    /// itself, as git does). Any other failure (a full disk) is an error.
    static func writeToStandardOutput(_ string: String) throws(CommandFailure) {
        var string = string
        let failure = string.withUTF8 { writeAll($0, to: STDOUT_FILENO) }
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
    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
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
