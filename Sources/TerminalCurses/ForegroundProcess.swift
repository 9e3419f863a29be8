import CTerminalSignals
import Glibc

/// Runs another program on the terminal and waits for it, as `system()`
/// does but with no shell: each argument reaches the program as it is.
/// While it runs, Ctrl-C and Ctrl-\ are the program's alone, and Ctrl-Z
/// stops both (`ts_run_in_foreground`).
public enum ForegroundProcess {
    /// Its wait status, or the `errno` it could not be started with.
    /// `standardError` is the descriptor it writes errors to (-1: ours).
    public static func run(_ arguments: [String], standardError: Int32 = -1) -> Result<Int32, SystemCallFailure> {
        guard !arguments.isEmpty else { return .failure(SystemCallFailure(code: EINVAL)) }
        var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        let status = ts_run_in_foreground(&pointers, standardError)
        return status == -1 ? .failure(SystemCallFailure(code: errno)) : .success(status)
    }
}

/// An `errno` from a system call, with its text.
public struct SystemCallFailure: Error, Hashable, Sendable {
    public var code: Int32

    public init(code: Int32) {
        self.code = code
    }

    public var message: String { String(cString: strerror(code)) }
}
