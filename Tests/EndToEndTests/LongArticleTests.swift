import ArticleKit
import Foundation
import Testing
@testable import weigh

/// A long article not yet in the metadata cache opens by its first piece
/// and becomes whole in the background, in the real reader too.
@Suite("A long article on its first run", .serialized)
struct LongArticleTests {
    /// A library with one article of about 1.5 MB (over
    /// `LibraryLoader.longFileBytes`), 3,000 sections.
    private func library() throws -> URL {
        var text = "---\ntitle: Long article\nclaims:\n  - stance: benefit\n    topic: onset\n    text: Late.\n    section: section-2999\n---\n# Long article\n\n"
        for section in 0..<3_000 {
            text += "## Section \(section)\n\n" + String(repeating: "Words of section \(section) to read. ", count: 12) + "\n\n"
        }
        #expect(text.utf8.count > LibraryLoader.longFileBytes)
        return try WeighProcess.temporaryLibrary(["long.md": text])
    }

    @Test func theFirstScreenWaitsOnlyForTheFirstPiece() throws {
        let folder = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        var loader = try LibraryLoader(folder: folder)
        loader.defersLongBodies = true
        FirstScreenLoading.load(&loader)
        #expect(loader.allFilesTaken)
        #expect(!loader.isComplete)
        let part = try #require(loader.library.articles.first)
        #expect(part.isPartial)
        let whole = try #require(try Library.load(from: folder).articles.first)
        #expect(part.allSections.count < whole.allSections.count / 4, "the first piece's sections only")
        #expect(part.allSections.map(\.slug) == Array(whole.allSections.map(\.slug).prefix(part.allSections.count)))
    }

    @Test func theReaderShowsTheStartThenTheWhole() throws {
        let folder = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(width: 100, height: 30, command: "\(WeighProcess.executable.path) --library \(folder.path)")
        session.waitFor(text: "Words of section 0")
        // The percentage shows once the article is whole.
        session.waitForReader(timeout: 30)
        session.send("G")
        // The whole frame, status line included: a frame is written in
        // several pieces, and its top can show before its status line.
        let screen = session.waitFor { lines in
            lines.contains { $0.contains("Words of section 2999") } && lines.last { !$0.isEmpty }?.contains("100%") == true
        }
        #expect(screen.last { !$0.isEmpty }?.contains("Long article › Section 299") == true, "\(screen)")
        #expect(screen.last { !$0.isEmpty }?.contains("100%") == true)
        session.send("c")
        #expect(session.waitFor(text: "Late.").contains { $0.contains("Late.") }, "its claim is known once it is whole")
    }
}
