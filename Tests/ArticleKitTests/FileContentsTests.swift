import Foundation
import Testing
@testable import ArticleKit

/// A long file is read for its whole parse straight into a string only
/// when that string is exactly what decoding its bytes gives; every other
/// file comes back as its bytes, for `TextDecoding` to decode as always.
@Suite("Reading a file as text or as bytes")
struct FileContentsTests {
    static let plain: [[UInt8]] = [
        [],
        Array("---\ntitle: Plain\n---\n# Plain\n\nWords.\n".utf8),
        Array("café — “quoted” ½ 中文 😀\n".utf8),
        Array(String(repeating: "A line of text.\n", count: 20_000).utf8),
    ]
    static let decodedOtherwise: [[UInt8]] = [
        Array("a\r\nb\r\n".utf8),
        Array("lone\rcarriage".utf8),
        [0xEF, 0xBB, 0xBF] + Array("after a byte order mark".utf8),
        Array("nul".utf8) + [0] + Array("inside".utf8),
        Array("bad ".utf8) + [0xFF, 0xC3] + Array(" bytes".utf8),
        Array("truncated at the end ".utf8) + [0xE2, 0x80],
        Array("a replacement character \u{FFFD} already".utf8),
    ]

    func read(_ bytes: [UInt8]) throws -> (contents: FileContents, stamp: FileStamp) {
        let url = try Fixture.temporaryFolder()
        try Data(bytes).write(to: url.appendingPathComponent("a.md"))
        return try LibraryFolder(url: url).readContents("a.md").get()
    }

    @Test(arguments: plain)
    func bytesThatAreTheirOwnDecodingComeAsText(bytes: [UInt8]) throws {
        guard case .text(let text) = try read(bytes).contents else {
            Issue.record("expected text for \(bytes.prefix(40))")
            return
        }
        #expect(Array(text.utf8) == bytes)
        guard case .text(let decoded, nil) = TextDecoding.decode(bytes) else {
            Issue.record("plain bytes decode to text")
            return
        }
        #expect(decoded == text)
    }

    @Test(arguments: decodedOtherwise)
    func bytesThatDecodingChangesComeAsBytes(bytes: [UInt8]) throws {
        guard case .bytes(let read) = try read(bytes).contents else {
            Issue.record("expected bytes for \(bytes)")
            return
        }
        #expect(read == bytes)
    }

    @Test func theStampIsTheFileReadAndRefusalsAreTheSame() throws {
        let url = try Fixture.temporaryFolder()
        let file = url.appendingPathComponent("a.md")
        try Data("text".utf8).write(to: file)
        let folder = try LibraryFolder(url: url)
        #expect(try folder.readContents("a.md").get().stamp == FileStamp.of(path: file.path))
        try FileManager.default.createDirectory(at: url.appendingPathComponent("d.md"), withIntermediateDirectories: true)
        guard case .failure(let refusal) = folder.readContents("d.md") else {
            Issue.record("a folder is not read")
            return
        }
        guard case .failure(let same) = folder.read("d.md") else {
            Issue.record("reading the bytes refuses a folder too")
            return
        }
        #expect(refusal == same)
    }
}
