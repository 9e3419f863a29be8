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

    /// The text of the long article written as `variant`, as the reader
    /// would first read it.
    static func text(_ variant: Variant) throws -> BodyText {
        try text(of: bytes(variant))
    }

    static func text(of bytes: [UInt8]) throws -> BodyText {
        let folder = try Fixture.library([:])
        try Data(bytes).write(to: folder.appendingPathComponent("long.md"))
        return try BodySource(folder: LibraryFolder(url: folder), fileName: "long.md").piecesText().get()
    }

    @Test func theFileIsReadByPiecesOnlyWhileItsBytesAreTheText() throws {
        let plain = try Self.text(.plain).readsFileByPieces
        let marked = try Self.text(.byteOrderMark).readsFileByPieces
        let crlf = try Self.text(.crlf).readsFileByPieces
        #expect(plain && !marked && !crlf)
        let afterHead = Array(String(repeating: "word ", count: 20_000).utf8)
        var lateCR = try Self.text(of: Array("---\ntitle: Late\n---\n".utf8) + afterHead + Array("\r\nEnd.\n".utf8))
        let lateCRBefore = lateCR.readsFileByPieces
        _ = lateCR.withBytes(in: 0..<Int.max) { $0.count }
        let lateCRAfter = lateCR.readsFileByPieces
        #expect(lateCRBefore && !lateCRAfter, "a carriage return past the head means decoding once it is read")
        var late = try Self.text(.invalidByteNearTheEnd)
        let firstPiece = late.withBytes(in: 0..<1_000) { String(decoding: $0, as: UTF8.self) }
        #expect(firstPiece.hasPrefix("## Repeated title\n\nParagraph of section 0,"))
        let byPiecesBefore = late.readsFileByPieces
        #expect(byPiecesBefore, "the bytes before the bad one are the text")
        _ = late.withBytes(in: 0..<Int.max) { $0.count }
        let byPiecesAfter = late.readsFileByPieces
        #expect(!byPiecesAfter, "once a piece reaches the bad byte, the whole body is decoded")
        let frontMatter = "---\ntitle: Long\nsummary: \(String(repeating: "long ", count: 20_000))\n---\nBody.\n"
        let longFrontMatter = try Self.text(of: Array(frontMatter.utf8)).readsFileByPieces
        #expect(!longFrontMatter, "front matter past the head")
    }

    /// A file replaced after its head was read is read whole again, and a
    /// piece that no longer fits is never taken from the new version.
    @Test(arguments: [0..<50, 100..<2_000, 0..<2_000])
    func aFileReplacedBetweenPiecesIsDecodedWhole(_ next: Range<Int>) throws {
        let folder = try Fixture.library([:])
        let file = folder.appendingPathComponent("long.md")
        try Data(Self.bytes(.plain)).write(to: file)
        var text = try BodySource(folder: LibraryFolder(url: folder), fileName: "long.md").piecesText().get()
        _ = text.withBytes(in: 0..<100) { $0.count }
        try Data(Self.bytes(.plain).map { $0 == UInt8(ascii: "M") ? UInt8(ascii: "W") : $0 }).write(to: file)
        let piece = text.withBytes(in: next) { String(decoding: $0, as: UTF8.self) }
        let byPieces = text.readsFileByPieces
        #expect(!byPieces)
        #expect(!piece.contains("More words"), "the new version, decoded whole, never a mix")
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
