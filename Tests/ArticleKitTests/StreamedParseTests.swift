import Foundation
import Testing
@testable import ArticleKit

/// A long file parsed whole a piece at a time, keeping none of its blocks,
/// finds what a parse keeping every block finds: sections, reading grade,
/// piece table, claims and their problems.
@Suite("Parsing a long file whole without keeping its blocks")
struct StreamedParseTests {
    /// About 600 KB with headings at three levels, and claims naming a
    /// section in the first piece, one in the last, and one that is not
    /// there.
    static let markdown: String = {
        var text = """
        ---
        title: Long
        claims:
          - stance: benefit
            topic: relief
            text: Early relief.
            section: section-1
          - stance: risk
            topic: relief
            text: Late risk.
            section: section-1990
          - stance: risk
            topic: relief
            text: Nowhere.
            section: no-such-section
        ---
        # Long

        """
        text += "\n"
        for section in 0..<2_000 {
            text += section % 10 == 0 ? "## Section \(section)\n\n" : "### Section \(section)\n\n"
            text += "Words of section \(section). Another sentence, with syllables! " + String(repeating: "More words here. ", count: 12) + "\n\n"
            if section % 50 == 0 { text += "#### Detail\n\n- a list item\n- another\n\n" }  // slugs numbered across pieces
        }
        return text
    }()

    @Test func everythingButTheBlocksIsWhatTheWholeParseFinds() throws {
        let folder = try Fixture.library(["long.md": Self.markdown])
        let source = BodySource(folder: try LibraryFolder(url: folder), fileName: "long.md")
        let bytes = Array(Self.markdown.utf8)
        let whole = ArticleFileParser(displayPath: "long.md", fileName: "long.md", topicIDs: ["relief"]).parse(bytes)
        let streamed = ArticleFileParser(displayPath: "long.md", fileName: "long.md", topicIDs: ["relief"], bodySource: source).parse(bytes)
        let expected = try #require(whole.article)
        let article = try #require(streamed.article)
        #expect(try #require(expected.body.chunks).count >= 4)
        #expect(article.body.chunks == expected.body.chunks)
        #expect(article.sections == expected.sections)
        #expect(article.allSections == expected.allSections)
        let body = String(try FrontMatter.split(Self.markdown).body)
        #expect(article.readingGrade == ReadingGrade.of(MarkdownParser.parse(body)), "the grade of every piece, not of the first")
        #expect(article.readingGrade == expected.readingGrade)
        #expect(article.claims == expected.claims && article.claims.count == 2)
        #expect(streamed.problems == whole.problems && streamed.problems.count == 1)
        #expect(article.id == expected.id && article.title == expected.title)
        #expect(!article.body.isParsed, "no block kept")
        for index in stride(from: expected.body.blockCount - 1, through: 0, by: -71) {
            #expect(article.body.block(at: index) == expected.body.block(at: index), "block \(index), read again from the file")
        }
    }

    @Test func aBodyInOnePieceKeepsItsBlocks() throws {
        let short = "---\ntitle: Short\n---\n# Short\n\nOne paragraph.\n\n## Part\n\nAnother.\n"
        let folder = try Fixture.library(["short.md": short])
        let source = BodySource(folder: try LibraryFolder(url: folder), fileName: "short.md")
        let bytes = Array(short.utf8)
        let whole = try #require(ArticleFileParser(displayPath: "short.md", fileName: "short.md", topicIDs: nil).parse(bytes).article)
        let streamed = try #require(ArticleFileParser(displayPath: "short.md", fileName: "short.md", topicIDs: nil, bodySource: source)
            .parse(bytes).article)
        #expect(streamed == whole)
        #expect(streamed.body.isParsed)
    }
}
