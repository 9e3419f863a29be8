import Foundation
import Testing
@testable import ArticleKit

/// A long body known by its pieces is read a piece at a time: any block is
/// the block a whole parse gives, only a few pieces are kept, and a file
/// changed or gone says so instead of failing.
@Suite("Reading a long body a piece at a time")
struct ArticleBodyPiecesTests {
    /// About 600 KB: 2,000 sections, every tenth titled the same (so slugs
    /// are numbered across pieces), with lists, quotes and code.
    static let markdown = "---\ntitle: Long\n---\n" + body

    /// The blocks of one parse of the whole body, to compare with.
    static let wholeBlocks = MarkdownParser.parse(body)

    static let body: String = {
        var text = ""
        for section in 0..<2_000 {
            text += section % 10 == 0 ? "## Repeated title\n\n" : "## Section \(section)\n\n"
            text += "Paragraph of section \(section), long enough to matter in a piece of the body. " + String(repeating: "More words. ", count: 12) + "\n\n"
            text += "- one\n- two\n\n> quoted \(section)\n\n```\ncode \(section)\n```\n\n"
        }
        return text
    }()

    func library() throws -> (folder: URL, article: Article) {
        let folder = try Fixture.library(["long.md": Self.markdown])
        let library = try Library.load(from: folder)
        return (folder, try #require(library.articles.first))
    }

    func pieceByPiece(_ folder: URL, _ article: Article) throws -> ArticleBody {
        let source = BodySource(folder: try LibraryFolder(url: folder), fileName: "long.md")
        return ArticleBody(source: source, chunks: article.body.chunks, sections: article.allSections)
    }

    @Test func anyBlockIsTheBlockOfAWholeParse() throws {
        let (folder, article) = try library()
        let chunks = try #require(article.body.chunks)
        #expect(chunks.count >= 4, "600 KB in pieces of 128 KB or more")
        let whole = Self.wholeBlocks
        let body = try pieceByPiece(folder, article)
        #expect(body.blockCount == whole.count)
        for index in stride(from: whole.count - 1, through: 0, by: -97) {
            #expect(body.block(at: index) == whole[index], "block \(index)")
        }
        #expect(body.block(at: whole.count) == nil && body.block(at: -1) == nil)
        #expect(body.keptPieceCount <= ArticleBody.keptPieces)
        var visited: [Block] = []
        body.forEachBlock { index, block in
            #expect(index == visited.count)
            visited.append(block)
        }
        #expect(visited == whole, "headings keep the slugs the whole parse gave them (“repeated-title-3” and so on)")
        #expect(body.keptPieceCount <= ArticleBody.keptPieces, "a pass over every block keeps no more")
    }

    @Test func aFileChangedSinceSaysSoWithoutGoingOutOfRange() throws {
        let (folder, article) = try library()
        let body = try pieceByPiece(folder, article)
        try "---\ntitle: Long\n---\nNow short.\n".write(to: folder.appendingPathComponent("long.md"), atomically: true, encoding: .utf8)
        let last = body.blockCount - 1
        let block = try #require(body.block(at: last))
        #expect(block.plainText.contains("changed on disk"))
        #expect(body.blocks.count == body.blockCount)
    }

    @Test func aFileGoneSaysSo() throws {
        let (folder, article) = try library()
        let body = try pieceByPiece(folder, article)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("long.md"))
        #expect(body.block(at: 0)?.plainText.contains("can no longer be read") == true)
        #expect(body.blockCount == Self.wholeBlocks.count)
    }
}

extension ArticleBodyPiecesTests {
    @Test func chosenBlocksAreVisitedInOrderOncePerPiece() throws {
        let (folder, article) = try library()
        let whole = Self.wholeBlocks
        let body = try pieceByPiece(folder, article)
        let chosen = Array(stride(from: 3, to: whole.count, by: 41)) + [whole.count + 5]
        var visited: [(Int, Block)] = []
        body.forEachBlock(at: chosen) { visited.append(($0, $1)) }
        #expect(visited.map(\.0) == chosen.dropLast(), "an index past the end is skipped")
        #expect(visited.allSatisfy { whole[$0.0] == $0.1 })
    }
}

extension ArticleBodyPiecesTests {
    @Test func theMetadataCacheKeepsThePiecesSoALaterRunParsesOnlyOne() throws {
        let (folder, fresh) = try library()
        let cacheFile = try Fixture.temporaryFolder().appendingPathComponent("cache")
        _ = try Library.load(from: folder, cacheFile: cacheFile)
        let cached = try #require(try Library.load(from: folder, cacheFile: cacheFile).articles.first)
        #expect(cached.body.chunks == fresh.body.chunks && cached.body.chunks != nil)
        #expect(!cached.body.isParsed)
        let middle = fresh.body.blockCount / 2
        #expect(cached.body.block(at: middle) == Self.wholeBlocks[middle])
        #expect(cached.body.keptPieceCount == 1, "one piece parsed to show a block in the middle")
        #expect(cached.allSections == fresh.allSections)
    }

    @Test func aLongBodyIsNotKeptWholeEvenWhenBodiesAre() throws {
        let (_, article) = try library()
        #expect(!article.body.isParsed, "a body of several pieces is read again a piece at a time")
        let short = try Library.load(from: Fixture.library)
        #expect(short.articles.allSatisfy { $0.body.isParsed })
    }
}
