import Foundation

/// Raw writes to the standard streams, unbuffered by Swift's `print`.
enum FileHandleOutput {
    static func writeToStandardError(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }

    /// Columns of the terminal on stdout, or nil when stdout is not one.
    static func terminalColumns() -> Int? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
