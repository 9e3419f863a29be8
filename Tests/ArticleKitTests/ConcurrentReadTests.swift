import Foundation
import Testing
@testable import ArticleKit

/// The loader reads files on background threads while other threads work
/// with arrays of their own. Every empty array shares one storage, so
/// reading an empty file (or an empty range) must not write to it:
/// `scripts/sanitize thread` reports such a write as a data race with any
/// thread that looks at an empty array at the same time (here a search in
/// an empty text, as the reader's search does in an empty paragraph).
@Suite("Reading files on several threads at once")
struct ConcurrentReadTests {
    @Test func anEmptyFileOrRangeIsNoBytesAndTouchesNoSharedStorage() throws {
        let folder = try LibraryFolder(url: Fixture.library(["empty.md": "", "short.md": "# Short\n"]))
        let counts = Locked([Int]())
        let matcher = TextMatcher(query: "short")
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            var seen: [Int] = []
            for _ in 0..<2_000 {
                if worker == 0 {
                    seen.append((try? folder.read("empty.md").get())?.count ?? -1)
                    seen.append((try? folder.read("short.md", range: 3..<3).get())?.bytes.count ?? -1)
                } else {
                    seen.append(matcher.matches(in: "").count)
                }
            }
            counts.withLock { $0 += seen }
        }
        let all = counts.withLock { $0 }
        #expect(all.count == 6_000)
        #expect(all.allSatisfy { $0 == 0 })
        #expect((try? folder.read("short.md").get()) == Array("# Short\n".utf8), "a file with bytes is still read")
    }
}
