import Foundation
import Testing
@testable import ArticleKit

/// cmark-gfm's extensions share a process-wide table during a parse, so
/// parses on several threads at once must still give what one alone gives.
@Suite("Parsing on several threads at once")
struct ConcurrentParseTests {
    static let markdown = (0..<40).map { index in
        """
        ## Part \(index)

        Some ~~struck~~ text, a www.example.com/\(index) link and *emphasis*.

        | a | b |
        |---|---|
        | ~~x~~ | https://example.org/\(index) |

        """
    }.joined(separator: "\n")

    @Test func parsesAtOnceMatchOneAlone() {
        let expected = MarkdownParser.parse(Self.markdown)
        let mismatches = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            for _ in 0..<4 where MarkdownParser.parse(Self.markdown) != expected {
                mismatches.withLock { $0 += 1 }
            }
        }
        #expect(mismatches.withLock { $0 } == 0)
        #expect(expected.contains { if case .table = $0 { true } else { false } }, "the table extension took part")
    }
}
