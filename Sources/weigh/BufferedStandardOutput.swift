/// Lines for standard output, written 64 KB at a time: a comparison of
/// 10,000 articles is 100,000 lines, and a `print` for each costs more
/// than laying them out. Writes fail as `FileHandleOutput`'s do.
struct BufferedStandardOutput {
    static let flushBytes = 1 << 16
    private var pending = ""

    init() {
        pending.reserveCapacity(Self.flushBytes + 1024)
    }

    /// Adds `text` and a line break.
    mutating func line(_ text: String) throws(CommandFailure) {
        try line { $0 += text }
    }

    /// Adds what `write` appends and a line break, writing out what is
    /// pending once it is `flushBytes` or more.
    mutating func line(appending write: (inout String) -> Void) throws(CommandFailure) {
        write(&pending)
        pending += "\n"
        if pending.utf8.count >= Self.flushBytes { try flush() }
    }

    /// Writes out everything pending.
    mutating func flush() throws(CommandFailure) {
        guard !pending.isEmpty else { return }
        try FileHandleOutput.writeToStandardOutput(pending)
        pending.removeAll(keepingCapacity: true)
    }
}
