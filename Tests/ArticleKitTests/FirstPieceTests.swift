@testable import ArticleKit
import Testing

/// A long file's first piece decoded from the file's first bytes is the
/// first piece decoded from all of it, or is not made at all.
@Suite("A long article's first piece from its first bytes")
struct FirstPieceTests {
    static let parser = ArticleFileParser(displayPath: "long.md", fileName: "long.md", topicIDs: nil)

    /// About 420 KB: front matter, then sections of a few paragraphs,
    /// `tail` at the end, lines ended by `newline`.
    static func file(tail: [UInt8] = [], newline: String = "\n", bom: Bool = false) -> [UInt8] {
        var text = "---\ntitle: Long\n---\n# Long\n\n"
        for section in 0..<1_000 {
            text += "## Section \(section)\n\n" + String(repeating: "Words of section \(section), é and 漢字. ", count: 10) + "\n\n"
        }
        text = text.replacingOccurrences(of: "\n", with: newline)
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8) + tail
    }

    /// The first piece as the whole file's decoding gives it (the file is
    /// under `ArticleFileParser.firstPieceBytes`, so `parse` decodes all).
    static func oracle(_ bytes: [UInt8]) -> (article: Article?, problems: [LoadProblem]) {
        #expect(bytes.count < ArticleFileParser.firstPieceBytes)
        return parser.parse(bytes, firstPieceOnly: true)
    }

    /// Whether a first piece is made from the first `prefix` bytes.
    static func makesAPiece(_ bytes: [UInt8], from prefix: Int) -> Bool {
        parser.firstPiece(of: bytes, prefixBytes: prefix) != nil
    }

    @Test(arguments: ["\n", "\r\n"], [false, true])
    func isTheFirstPieceOfTheWholeFile(newline: String, bom: Bool) throws {
        let bytes = Self.file(newline: newline, bom: bom)
        let expected = try #require(Self.oracle(bytes).article)
        #expect(expected.isPartial)
        for prefix in [150_000, 200_000, 300_000] {
            let same = Self.parser.firstPiece(of: bytes, prefixBytes: prefix) == expected
            #expect(same, "from the first \(prefix) bytes")
        }
    }

    @Test func isNotMadeWhenTheRestOfTheFileCouldChangeItOrRefuseIt() throws {
        // A link definition at the end keeps the body whole.
        let linked = Self.file(tail: Array("\n[label]: https://example.org\n".utf8))
        #expect(Self.oracle(linked).article?.isPartial == false)
        #expect(!Self.makesAPiece(linked, from: 200_000))
        // A NUL byte anywhere makes it binary.
        let binary = Self.file(tail: [0x41, 0x00, 0x42])
        #expect(Self.oracle(binary).article == nil)
        #expect(!Self.makesAPiece(binary, from: 200_000))
        // The cut is not in the bytes given, or they hold invalid UTF-8.
        #expect(!Self.makesAPiece(Self.file(), from: 100_000))
        let invalid = [UInt8]("---\ntitle: Long\n---\n\u{FF}".utf8).dropLast(2) + [0xFF, 0x0A] + Self.file()
        #expect(!Self.makesAPiece(Array(invalid), from: 200_000))
    }

    /// Invalid UTF-8 after the first piece waits, like every problem of a
    /// partial article, for the whole parse.
    @Test func invalidBytesAfterThePieceWaitForTheWholeParse() throws {
        let bytes = Self.file(tail: [0x0A, 0xFF, 0xFE, 0x0A])
        let first = try #require(Self.parser.firstPiece(of: bytes, prefixBytes: 200_000))
        #expect(first.isPartial)
        let same = first == Self.oracle(Self.file()).article
        #expect(same)
        #expect(Self.parser.parse(bytes).problems.contains { $0.message.contains("invalid UTF-8") })
    }
}
