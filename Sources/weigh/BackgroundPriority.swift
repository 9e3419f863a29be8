import Foundation

/// Opening the store for writing, which the reader does right after its
/// first frame, runs at a lower scheduling priority (nice 10, that thread
/// only), so it does not take a processor from the terminal still parsing
/// and drawing the frame. (Background loading does not: see
/// `BackgroundLoading`.)
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
