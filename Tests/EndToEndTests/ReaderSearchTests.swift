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

    /// `/` in the contents jumps to a heading inside a folded article,
    /// unfolding it; in the comparison, to a claim, and `n` wraps.
    @Test func slashInTheContentsAndInTheComparison() throws {
        let session = try TmuxSession(width: 120, height: 35, command: weigh + "; echo EXIT=$?; echo END\"\"MARK")
        var screen = session.waitForReader()
        #expect(!screen.contains { $0.contains("Side effects") }, "that article is folded at the start")
        session.send("Tab")
        session.waitFor(text: "/ search")
        session.send("/")
        session.send(literal: "side eff")
        screen = session.waitFor(text: "Search titles and headings: side eff")
        session.send("Enter")
        screen = session.waitFor(text: "match 1 of 1")
        let row = try #require(session.styledScreen().first { $0.contains("Side effects") }, "the article unfolded: \(screen)")
        let reverse = try #require(row.range(of: "\u{1B}[7m"), "the heading's row is drawn selected (reversed): \(row)")
        let heading = try #require(row.range(of: "Side effects"))
        #expect(reverse.upperBound <= heading.lowerBound)

        session.send("c")
        session.waitFor(text: "Comparison · all articles")
        session.send("/")
        session.send(literal: "insurer")
        session.send("Enter")
        screen = session.waitFor(text: "match 1 of 2")
        #expect(screen.last { !$0.isEmpty }?.hasPrefix(" Cost and insurance · benefit") == true)
        session.send("n")
        screen = session.waitFor(text: "Cost and insurance · precaution")
        session.send("n")
        screen = session.waitFor(text: "Search wrapped to the top")
        #expect(screen.last { !$0.isEmpty }?.hasPrefix(" Cost and insurance · benefit") == true)
        session.send("q")
        #expect(session.waitForExit().contains { $0.contains("EXIT=0") })
    }
}
