import Foundation

/// The counts a reader session writes to `WEIGH_TEST_DRAW_LOG` when it
/// ends: canvases the loop rendered, frames written to the terminal,
/// resizes and input events seen.
struct DrawLog {
    var canvases = 0
    var frames = 0
    var resizes = 0
    var events = 0

    static let environmentVariable = "WEIGH_TEST_DRAW_LOG"

    /// Reads `canvases=… frames=… resizes=… events=…`; nil if the file is
    /// missing or malformed.
    init?(contentsOf url: URL) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        var values: [String: Int] = [:]
        for pair in text.split(whereSeparator: \.isWhitespace) {
            let parts = pair.split(separator: "=")
            if parts.count == 2, let value = Int(parts[1]) { values[String(parts[0])] = value }
        }
        guard let canvases = values["canvases"], let frames = values["frames"],
              let resizes = values["resizes"], let events = values["events"] else { return nil }
        self.canvases = canvases
        self.frames = frames
        self.resizes = resizes
        self.events = events
    }
}
