import CSignalStack
import Foundation

/// Where weigh's background work runs: threads it starts, and Dispatch's
/// workers for parallel loops. Each thread first gets an alternate signal
/// stack (signalstack.h), so a crash on it — a stack overflow included —
/// still runs the crash handler that gives the terminal back, instead of
/// the kernel ending the process with the terminal left raw.
public enum BackgroundThread {
    /// Runs `body` on a new thread of its own.
    public static func start(_ body: @escaping @Sendable () -> Void) {
        Thread.detachNewThread {
            ss_prepare_thread_signal_stack()
            body()
        }
    }

    /// `DispatchQueue.concurrentPerform`, with every thread that runs an
    /// iteration (Dispatch's workers, which weigh does not start, and the
    /// calling thread) given an alternate signal stack first.
    public static func concurrentPerform(iterations: Int, _ body: @Sendable (Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: iterations) { iteration in
            ss_prepare_thread_signal_stack()
            body(iteration)
        }
    }
}
