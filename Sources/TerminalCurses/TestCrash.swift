import CTerminalSignals
import ArticleKit
import Foundation

/// A real crash on purpose, for the end-to-end tests that prove a crash
/// gives the terminal back (alternate screen left, cursor shown, modes
/// restored) before the process dies of the signal. Only the environment
/// variable `WEIGH_TEST_CRASH`, set to one of these exact names, asks for
/// it; the terminal triggers it once, after its first frame.
enum TestCrash: String, CaseIterable {
    case segv, bus, fpe, ill, trap, abort
    case stackOverflow = "stack-overflow"
    /// A Swift runtime trap (a force-unwrapped nil): SIGILL on x86-64,
    /// SIGTRAP on arm64.
    case swiftTrap = "swift-trap"
    /// A stack overflow on a thread weigh starts for background work
    /// (`BackgroundThread.start`), the main thread waiting meanwhile.
    case threadStackOverflow = "thread-stack-overflow"
    /// A stack overflow on one of Dispatch's worker threads running a
    /// parallel loop (`BackgroundThread.concurrentPerform`, as the search
    /// index is built).
    case workerStackOverflow = "worker-stack-overflow"

    static let environmentVariable = "WEIGH_TEST_CRASH"

    init?(environment: ProcessEnvironment) {
        guard let name = environment[Self.environmentVariable], let crash = TestCrash(rawValue: name) else { return nil }
        self = crash
    }

    func trigger() -> Never {
        if self == .swiftTrap {
            // Said first because an optimised build traps without Swift's
            // own message; either way stderr is captured and replayed.
            FileHandle.standardError.write(Data("weigh: WEIGH_TEST_CRASH=swift-trap unwraps nothing\n".utf8))
            let missing = Int(rawValue)  // "swift-trap" is no number
            exit(Int32(missing!))
        }
        switch self {
        case .threadStackOverflow:
            BackgroundThread.start { ts_test_crash("stack-overflow") }
            Self.waitForTheCrash()
        case .workerStackOverflow:
            // The calling (main) thread takes iterations too: those wait,
            // so the overflow happens on a worker.
            BackgroundThread.concurrentPerform(iterations: 8) { _ in
                if Thread.isMainThread { Self.waitForTheCrash() }
                ts_test_crash("stack-overflow")
            }
        default:
            ts_test_crash(rawValue)
        }
        fatalError("WEIGH_TEST_CRASH=\(rawValue) did not crash")
    }

    /// Blocks the calling thread until the crash on another ends the process.
    private static func waitForTheCrash() -> Never {
        while true { pause() }
    }
}
