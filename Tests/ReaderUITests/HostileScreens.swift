import ArticleKit
import Foundation
@testable import ReaderUI

/// The hostile corpus as the reader sees it. What every frame must satisfy
/// is `CanvasInvariants`, shared with the fuzzers.
enum HostileScreens {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile/library")

    /// An article with one line of a megabyte and no space, made here
    /// rather than committed.
    static let hugeLine: Article = {
        let line = String(repeating: "abcdefghij漢字", count: 1_048_576 / 16)
        return Article(id: "huge-line", title: "A 1 MB line", blocks: MarkdownParser.parse("# A 1 MB line\n\n" + line + "\n"), fileName: "huge-line.md")
    }()

    /// The corpus, loaded once.
    static let library: Library = (try? Library.load(from: folder)) ?? Library(topics: [], articles: [])

    static let articleIDs: [String] = library.articles.map(\.id)

    /// Where the reader opens `articleID`: its first block.
    static func start(_ articleID: String) -> ReadingPosition {
        ReadingPosition(articleID: articleID, blockIndex: 0)
    }

    static func keys(_ text: String) -> [InputEvent] {
        text.map { .key(.character($0)) }
    }

    static func seconds(_ work: () -> Void) -> Double {
        let start = ContinuousClock.now
        work()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
