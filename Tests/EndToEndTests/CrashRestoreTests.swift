import Foundation
import Testing

/// A real crash in the reader (WEIGH_TEST_CRASH, after the first frame)
/// gives the terminal back before the process dies of the signal: the
/// alternate screen left (the shell's lines before the launch are back),
/// the cursor shown, mouse reporting and keypad modes off, canonical input
/// and echo on, a note saying so, and what was captured from standard
/// error (a Swift "Fatal error") replayed.
@Suite("A crash restores the terminal", .serialized)
struct CrashRestoreTests {
    /// What each crash switch does, and the signal it must die of.
    struct Crash: CustomTestStringConvertible, Sendable {
        let name: String
        let signal: Int32
        let signalName: String
        var testDescription: String { "\(name) → \(signalName)" }
    }

    /// `__builtin_trap` and Swift's runtime traps are `ud2` (SIGILL) on
    /// x86-64 and `brk` (SIGTRAP) on arm64.
    #if arch(x86_64)
    static let trapSignal = (SIGILL, "SIGILL")
    #else
    static let trapSignal = (SIGTRAP, "SIGTRAP")
    #endif

    static let crashes = [
        Crash(name: "segv", signal: SIGSEGV, signalName: "SIGSEGV"),
        Crash(name: "stack-overflow", signal: SIGSEGV, signalName: "SIGSEGV"),
        Crash(name: "bus", signal: SIGBUS, signalName: "SIGBUS"),
        Crash(name: "fpe", signal: SIGFPE, signalName: "SIGFPE"),
        Crash(name: "ill", signal: trapSignal.0, signalName: trapSignal.1),
        Crash(name: "trap", signal: SIGTRAP, signalName: "SIGTRAP"),
        Crash(name: "abort", signal: SIGABRT, signalName: "SIGABRT"),
        Crash(name: "swift-trap", signal: trapSignal.0, signalName: trapSignal.1),
        // Not on the main thread: only an alternate stack of the thread's
        // own lets the handler run after its stack overflowed.
        Crash(name: "thread-stack-overflow", signal: SIGSEGV, signalName: "SIGSEGV"),
        Crash(name: "worker-stack-overflow", signal: SIGSEGV, signalName: "SIGSEGV"),
    ]

    @Test(arguments: crashes)
    func theTerminalIsRestoredAndTheProcessDiesOfTheSignal(_ crash: Crash) throws {
        let temporary = try WeighProcess.temporaryFolder()
        let capture = temporary.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        // A script, not a job of the pane's interactive bash: bash puts the
        // tty modes back itself when a job dies of a signal, which would
        // hide a crash handler that does not. No core file in the
        // repository; the line before the launch must be on screen again
        // once the alternate screen is left.
        let script = try TmuxSession.script("""
            ulimit -c 0
            echo BEFORE-LAUNCH
            TMPDIR=\(capture.path) WEIGH_TEST_CRASH=\(crash.name) \(WeighProcess.executable.path) --library Articles
            """, in: temporary)
        let session = try TmuxSession(width: 100, height: 30, command: script)
        let screen = session.waitForExit()

        #expect(screen.contains { $0 == "EXIT=\(128 + crash.signal)" }, "died of \(crash.signalName): \(screen)")
        #expect(screen.contains { $0.contains("weigh: crashed (\(crash.signalName)); the terminal has been restored.") },
                "the handler ran while curses had the screen: \(screen)")
        #expect(screen.contains("BEFORE-LAUNCH"), "the alternate screen was left: the shell's own lines are back")
        #expect(session.terminalModes == TmuxSession.shellModes, "alternate screen, cursor, mouse, keypad: \(session.terminalModes)")
        #expect(TmuxSession.cooked(screen), "canonical input and echo are back: \(screen)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: capture.path).isEmpty, "the stderr capture file is gone")
        if crash.name == "swift-trap" {
            #expect(screen.contains { $0.contains("weigh: WEIGH_TEST_CRASH=swift-trap unwraps nothing") }, "the captured stderr is replayed: \(screen)")
        }
    }

    @Test func theCrashSwitchIsOffWithoutItsExactName() throws {
        let command = "WEIGH_TEST_CRASH=SEGV \(WeighProcess.executable.path) --library Articles" + TmuxSession.afterwards
        let session = try TmuxSession(width: 100, height: 30, command: command)
        session.waitForReader()
        #expect(session.terminalModes == TmuxSession.cursesModes, "the reader runs: \(session.terminalModes)")
        session.send("q")
        #expect(session.waitForExit().contains("EXIT=0"))
    }
}
