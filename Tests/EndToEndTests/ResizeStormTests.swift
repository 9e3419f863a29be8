import Foundation
import Testing

/// 200 resizes in two seconds, through 1×1 and 10×3, ending at 120×40: the
/// reader survives, draws exactly what it draws when started at 120×40,
/// and coalesces its redraws (fewer frames than resizes, at most one per
/// frame interval).
@Suite("A storm of resizes", .serialized)
struct ResizeStormTests {
    let weigh = "\(WeighProcess.executable.path) --library Articles"

    /// 199 sizes set on the pane's tty itself (each one a SIGWINCH; tmux
    /// would merge resizes this close together), then the 200th through
    /// tmux: 120×40, which tmux then shows.
    static let sizes: [(width: Int, height: Int)] = (0..<199).map { step in
        switch step {
        case 50: (1, 1)
        case 100: (10, 3)
        default: (1 + step * 37 % 150, 1 + step * 11 % 50)
        }
    }

    @Test func twoHundredResizesEndingAt120x40() throws {
        let reference = try TmuxSession(width: 120, height: 40, command: weigh + TmuxSession.afterwards)
        reference.waitForReader()
        let expected = reference.waitForStableScreen()
        reference.send("q")
        reference.waitForExit()

        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("draws.log")
        let session = try TmuxSession(width: 100, height: 30, command: "\(DrawLog.environmentVariable)=\(log.path) " + weigh + TmuxSession.afterwards)
        session.waitForReader()
        let tty = open(session.paneTTY, O_RDWR | O_NOCTTY)
        try #require(tty >= 0, "the pane's tty opens")
        defer { close(tty) }

        let start = Date()
        for (step, size) in Self.sizes.enumerated() {
            var window = winsize(ws_row: UInt16(size.height), ws_col: UInt16(size.width), ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(tty, UInt(TIOCSWINSZ), &window)
            let due = start.addingTimeInterval(Double(step + 1) * 0.01)
            if due > Date() { Thread.sleep(until: due) }
        }
        session.resize(width: 120, height: 40)
        let storm = Date().timeIntervalSince(start)
        let screen = session.waitFor { $0 == expected }
        let settled = Date().timeIntervalSince(start)
        #expect(storm < 3, "200 resizes in about two seconds: \(storm) s")
        #expect(screen == expected, "the final screen is the one drawn at 120×40 from the start:\n\(screen.joined(separator: "\n"))")

        session.send("q")
        #expect(session.waitForExit().contains("EXIT=0"), "no crash: the reader quits normally")
        let counts = try #require(DrawLog(contentsOf: log))
        #expect(counts.resizes >= 20, "the storm reached weigh: \(counts)")
        #expect(counts.frames < counts.resizes, "redraws are coalesced, not one per resize: \(counts)")
        // One frame per 33 ms at most, and a few around the storm.
        #expect(Double(counts.frames) <= settled * 30 + 8, "frames are paced (\(settled) s): \(counts)")
    }
}
