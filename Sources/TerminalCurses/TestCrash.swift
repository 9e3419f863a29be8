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
        ts_test_crash(rawValue)
        fatalError("WEIGH_TEST_CRASH=\(rawValue) did not crash")
    }
}
