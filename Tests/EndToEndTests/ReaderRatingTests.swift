import Foundation
import Testing

/// The real reader in tmux: a rating made in the comparison is in the
/// store (so `weigh decision show` has it) and is there after a restart.
@Suite("Rating a topic in the reader", .serialized)
struct ReaderRatingTests {
    @Test func rateInTheReaderFindItInDecisionShowAndAfterARestart() throws {
        let sandbox = try BookmarkCommandTests.Sandbox()
        let weigh = "WEIGH_DATA_DIR=\(sandbox.data.path) \(WeighProcess.executable.path) --library Articles"
        let session = try TmuxSession(width: 120, height: 40, command: weigh + TmuxSession.afterwards)
        session.waitForReader()
        session.send("c")
        session.waitFor(text: "Comparison · all articles")
        // The first topic is "How well it works": it matters most.
        session.send("4")
        // The whole frame: its rows can arrive before its status line.
        let title = "How well it works — Does it help? · matters most to you"
        var screen = session.waitFor { lines in
            lines.contains { $0.contains(title) } && lines.last { !$0.isEmpty }?.contains("Saved: matters most to you") == true
        }
        #expect(screen.contains { $0.contains(title) }, "\(screen)")
        session.send("q")
        session.waitForExit()

        let show = try sandbox.run(["decision", "show", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: show.output) as? [String: Any])
        let ratings = try #require(object["importance"] as? [[String: Any]])
        #expect(ratings.map { $0["topic"] as? String } == ["effectiveness"])
        #expect(ratings.first?["level"] as? Int == 4)

        let again = try TmuxSession(width: 120, height: 40, command: weigh + TmuxSession.afterwards)
        again.waitForReader()
        again.send("c")
        screen = again.waitFor { $0.contains { $0.contains(title) } }
        #expect(screen.contains { $0.contains(title) })
        again.send("q")
        again.waitForExit()
    }
}
