import Foundation

/// What a session drew, for tests that check redraws are coalesced:
/// canvases the loop handed over, frames actually written to the terminal,
/// resizes and input events seen. Written as one line to the file named by
/// `WEIGH_TEST_DRAW_LOG`, if set, when the session ends.
struct DrawCounts {
    static let environmentVariable = "WEIGH_TEST_DRAW_LOG"

    var canvases = 0
    var frames = 0
    var resizes = 0
    var events = 0

    /// `canvases=… frames=… resizes=… events=…`
    var line: String { "canvases=\(canvases) frames=\(frames) resizes=\(resizes) events=\(events)\n" }

    func write(toPath path: String) {
        try? Data(line.utf8).write(to: URL(fileURLWithPath: path))
    }
}
