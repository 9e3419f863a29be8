import Foundation
import Testing

/// Search through the real program in tmux: within the article, then
/// across the library.
@Suite("Search in a real terminal", .serialized)
struct ReaderSearchTests {
    let weigh = "\(WeighProcess.executable.path) --library Articles"

    @Test func findInArticleThenInTheLibrary() throws {
        let session = try TmuxSession(width: 120, height: 35, command: weigh + "; echo EXIT=$?; echo END\"\"MARK")
        session.waitForReader()
        session.send("/")
        session.send(literal: "source")
        session.send("Enter")
        var screen = session.waitFor(text: "match 1 of")
        let status = try #require(screen.last { !$0.isEmpty })
        #expect(status.contains(/match 1 of \d+/))
        session.send("n")
        screen = session.waitFor(text: "match 2 of")

        session.send("F")
        session.send(literal: "glutamate")
        session.send("Enter")
        screen = session.waitFor(text: "Results for “glutamate”")
        #expect(screen.contains { $0.contains("The Real Pros and Cons of Ketamine Infusions") })
        session.send("Enter")
        screen = session.waitFor(text: "weigh — The Real Pros and Cons of Ketamine Infusions")
        #expect(screen.contains { $0.contains("glutamate") })
        #expect(screen.last { !$0.isEmpty }?.contains("match 1 of") == true)
        session.send("q")
        #expect(session.waitForExit().contains { $0.contains("EXIT=0") })
    }
}
