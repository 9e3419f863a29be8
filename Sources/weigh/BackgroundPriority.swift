import Foundation

/// Work the reader does beside the user — the rest of a large library,
/// the search index, opening the store for writing — runs at a lower
/// scheduling priority (nice 10, this thread only), so it never takes a
/// processor from the terminal drawing weigh's frames or from weigh
/// answering a key. Right after the first frame both threads would
/// otherwise start as the terminal is still parsing and drawing it.
enum BackgroundPriority {
    static let niceness: Int32 = 10

    /// Lowers the calling thread's priority (on Linux a nice value
    /// belongs to a thread, and 0 names the calling one). Failing to is
    /// harmless.
    static func lowerForThisThread() {
        let thisThread = __priority_which_t(PRIO_PROCESS.rawValue)
        // Never raises it: a weigh started with `nice 15` stays there.
        _ = setpriority(thisThread, 0, max(niceness, getpriority(thisThread, 0)))
    }
}
