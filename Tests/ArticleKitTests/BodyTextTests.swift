import Foundation
import Testing
@testable import ArticleKit

/// A long body's pieces are cut from the file's own bytes only while those
/// bytes are the text decoding would give; whatever the file holds, every
/// block read a piece at a time is the block of one parse of the decoded
/// whole, so the piece offsets found by the first parse always fit.
@Suite("Cutting a long body's pieces from its file")
struct BodyTextTests {
    /// How the long article's file is written.
    enum Variant: String, CaseIterable {
        case plain, crlf, byteOrderMark, invalidByteNearTheEnd, invalidByteNearTheStart
    }

    static func bytes(_ variant: Variant) -> [UInt8] {
        let text = ArticleBodyPiecesTests.markdown
        switch variant {
        case .plain: return Array(text.utf8)
        case .crlf: return Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        case .byteOrderMark: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .invalidByteNearTheEnd: return inserting(0xFF, before: "Paragraph of section 1995,", in: text)
        case .invalidByteNearTheStart: return inserting(0xFF, before: "Paragraph of section 5,", in: text)
        }
    }

    private static func inserting(_ byte: UInt8, before marker: String, in text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        let start = text.utf8.distance(from: text.startIndex, to: text.range(of: marker)!.lowerBound)
        bytes.insert(byte, at: start)
        return bytes
    }

    /// The blocks of the decoded body parsed whole: what the reader must show.
    static func wholeBlocks(_ bytes: [UInt8]) throws -> [Block] {
        guard case .text(let text, _) = TextDecoding.decode(bytes) else { throw DecodingFailed() }
        return MarkdownParser.parse(String(try FrontMatter.split(text).body))
    }

    struct DecodingFailed: Error {}

    @Test(arguments: Variant.allCases)
    func everyBlockIsTheBlockOfTheWholeDecodedParse(_ variant: Variant) throws {
        let bytes = Self.bytes(variant)
        let folder = try Fixture.library([:])
        try Data(bytes).write(to: folder.appendingPathComponent("long.md"))
        let article = try #require(try Library.load(from: folder).articles.first)
        let chunks = try #require(article.body.chunks)
        #expect(chunks.count >= 4)
        let whole = try Self.wholeBlocks(bytes)
        let source = BodySource(folder: try LibraryFolder(url: folder), fileName: "long.md")
        // From the end first: an early piece must not be needed to place a late one.
        let body = ArticleBody(source: source, chunks: chunks, sections: article.allSections)
        for index in stride(from: whole.count - 1, through: 0, by: -89) {
            #expect(body.block(at: index) == whole[index], "block \(index)")
        }
        var visited: [Block] = []
        ArticleBody(source: source, chunks: chunks, sections: article.allSections).forEachTransientBlock { index, block in
            #expect(index == visited.count)
            visited.append(block)
        }
        #expect(visited.count == whole.count)
        #expect(visited.indices.first { visited[$0] != whole[$0] } == nil, "the first block that differs")
    }

    @Test func theFileIsReadInPlaceOnlyWhileItsBytesAreTheText() throws {
        #expect(BodyText(file: Self.bytes(.plain))?.readsFileInPlace == true)
        #expect(BodyText(file: Self.bytes(.crlf))?.readsFileInPlace == false)
        #expect(BodyText(file: Self.bytes(.byteOrderMark))?.readsFileInPlace == false)
        var late = try #require(BodyText(file: Self.bytes(.invalidByteNearTheEnd)))
        let firstPiece = late.withBytes(in: 0..<1_000) { String(decoding: $0, as: UTF8.self) }
        #expect(firstPiece.hasPrefix("## Repeated title\n\nParagraph of section 0,"))
        let inPlaceBefore = late.readsFileInPlace
        #expect(inPlaceBefore, "the bytes before the bad one are the text")
        _ = late.withBytes(in: 0..<Int.max) { $0.count }
        let inPlaceAfter = late.readsFileInPlace
        #expect(!inPlaceAfter, "once a piece reaches the bad byte, the whole body is decoded")
        #expect(BodyText(file: Array("no front matter\n".utf8)) == nil)
        #expect(BodyText(file: Array("---\ntitle: A\n---\nbody\0\n".utf8)) == nil, "binary")
    }

    /// The search index reads a body not yet open a piece at a time and
    /// leaves it unread: a library's bodies are not all kept.
    @Test func aPassOverEveryBlockKeepsNothing() throws {
        let (folder, article) = try ArticleBodyPiecesTests().library()
        let body = try ArticleBodyPiecesTests().pieceByPiece(folder, article)
        var count = 0
        body.forEachTransientBlock { _, _ in count += 1 }
        #expect(count == ArticleBodyPiecesTests.wholeBlocks.count)
        #expect(!body.isParsed && body.keptPieceCount == 0)
        _ = body.block(at: 3)
        body.forEachTransientBlock { _, _ in }
        #expect(body.keptPieceCount == 1, "the piece the reader shows stays; the pass adds none")
    }
}
