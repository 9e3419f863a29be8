import Foundation
import Testing

/// The real program in a real terminal (tmux): it starts, draws, answers
/// keys, reflows on resize, and gives the terminal back in working order.
@Suite("The reader in a real terminal", .serialized)
struct ReaderTerminalTests {
    let weigh = "\(WeighProcess.executable.path) --library Articles"
    /// After the reader: its exit status and whether the tty is sane again.
    let afterwards = "; echo EXIT=$?; stty -a | grep -o -w -e -icanon -e icanon -e -echo -e echo | tr '\\n' ' '; echo; echo END\"\"MARK"

    @Test func startNavigateResizeQuit() throws {
        let session = try TmuxSession(width: 100, height: 30, command: weigh + afterwards)
        var screen = session.waitForReader()
        #expect(screen[0].contains("weigh — About this library"))
        #expect(screen.contains { $0.contains("▾ About this library") && $0.contains("│") }, "contents beside the article")
        #expect(screen.contains { $0.contains("not medical advice") })

        session.send("]")
        screen = session.waitFor(text: "› What this library is")
        #expect(screen.last { !$0.isEmpty }?.contains("About this library › What this library is") == true)

        session.send("Tab")
        session.send("G")
        session.send("Enter")
        // The whole frame: its title row can arrive before the body.
        screen = session.waitFor { lines in
            lines.contains { $0.contains("weigh — The Risks of Ketamine-Assisted Therapy") } && lines.contains { $0.contains("│ │ About this source") }
        }
        #expect(screen.contains { $0.contains("The Risks of Ketamine-Assisted Therapy") })
        #expect(screen.contains { $0.contains("│ │ About this source") }, "the article opens with its source: \(screen)")
        #expect(screen.contains { $0.contains("│ Source: no title of its own") })
        #expect(screen.contains { $0.contains("│ Evidence: ◐ mentions studies without citing them") })

        session.send("]")
        session.waitFor(text: "│▶Making an informed choice")
        session.send("]")
        session.waitFor(text: "│▶Ketamine in mental health care")
        session.resize(width: 70, height: 24)
        screen = session.waitFor { $0[0].hasSuffix("? help") && $0[0].count <= 70 }
        #expect(!screen[1].contains("│"), "one pane at a time on a narrow terminal")
        #expect(screen[1].contains("Ketamine in mental health care"), "the same section stays on top after a resize: \(screen[1])")
        session.resize(width: 30, height: 8)
        screen = session.waitFor(text: "terminal too small")
        #expect(screen.contains { $0.contains("need 40×10") })
        session.resize(width: 100, height: 30)
        screen = session.waitFor { $0[0].hasSuffix("? help") && $0[0].count > 90 }
        #expect(screen[1].contains("│"), "side by side again")

        session.send("?")
        screen = session.waitFor(text: "Keys — Esc closes")
        session.send("Escape")
        session.waitFor { !$0.contains { $0.contains("Keys — Esc closes") } }

        session.send("q")
        screen = session.waitForExit()
        let status = try #require(screen.first { $0.contains(/EXIT=\d/) })
        #expect(status.contains("EXIT=0"))
        #expect(screen.contains { $0.contains("icanon") && $0.contains("echo") && !$0.contains("-icanon") && !$0.contains("-echo") },
                "the shell's terminal is back in cooked mode: \(screen)")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let session = try TmuxSession(width: 100, height: 30, command: weigh + afterwards)
        session.waitForReader()
        let pid = try #require(session.childPID(named: "weigh"))
        kill(pid, SIGTERM)
        let screen = session.waitForExit()
        #expect(screen.contains { $0.contains("EXIT=143") }, "died of SIGTERM: \(screen)")
        #expect(screen.contains { $0.contains("icanon") && !$0.contains("-icanon") && !$0.contains("-echo") })
        #expect(!screen.contains { $0.contains("weigh — ") }, "the alternate screen is gone")
    }

    @Test func sighupRestoresTheTerminal() throws {
        let session = try TmuxSession(width: 100, height: 30, command: weigh + afterwards)
        session.waitForReader()
        let pid = try #require(session.childPID(named: "weigh"))
        kill(pid, SIGHUP)
        let screen = session.waitForExit()
        #expect(screen.contains { $0.contains("EXIT=129") }, "\(screen)")
        #expect(screen.contains { $0.contains("icanon") && !$0.contains("-icanon") })
    }

    @Test func comparisonFilterAndJumpToAClaim() throws {
        let session = try TmuxSession(width: 120, height: 40, command: weigh + afterwards)
        session.waitForReader()
        session.send("c")
        var screen = session.waitFor(text: "Comparison · all articles")
        #expect(screen.contains { $0.contains("How well it works — Does it help?") })
        // Move to the addiction topic and narrow to it.
        for _ in 0..<5 { session.send("]") }
        session.waitFor(text: "Addiction and misuse ·")
        session.send("t")
        screen = session.waitFor(text: "topic: Addiction and misuse")
        #expect(!screen.contains { $0.contains("How fast it acts") })
        #expect(screen.contains { $0.contains("Says: [1] ▲  [2] ▼") && $0.contains("≠ sources differ") }, "\(screen)")
        #expect(screen.contains { $0.contains("≠ [1") && $0.contains("referral") && $0.contains("◐]") }, "claims carry kind and evidence")
        session.send("Enter")
        screen = session.waitFor { $0.contains { $0.contains("▶") } }
        #expect(screen.contains { $0.contains("▶Con: Ketamine may be addictive") || $0.contains("▶Myth 1") }, "\(screen)")
        session.send("Escape")
        screen = session.waitFor(text: "claim 1 of")
        session.send("q")
        #expect(session.waitForExit().contains { $0.contains("EXIT=0") })
    }

    @Test func noColorStillShowsTheSelection() throws {
        let session = try TmuxSession(width: 100, height: 30, command: "NO_COLOR=1 " + weigh + afterwards)
        let screen = session.waitForReader()
        #expect(screen[0].contains("weigh — About this library"))
        session.send("q")
        #expect(session.waitForExit().contains { $0.contains("EXIT=0") })
    }
}
