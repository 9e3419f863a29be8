import Foundation
import Testing
@testable import ArticleKit
import WeighTestSupport

/// A long body parsed a piece at a time must give exactly the blocks of one
/// parse of the whole; where that cannot be promised it is not cut.
@Suite("Parsing a long body in pieces")
struct MarkdownChunksTests {
    /// Cuts as often as the rules allow (a piece may be one byte).
    func cutEverywhere(_ markdown: String) -> (blocks: [Block], chunks: ChunkTable) {
        MarkdownParser.parseInChunks(markdown, target: 1)
    }

    @Test func everyBundledAndHostileArticleParsesTheSameInPieces() throws {
        let folders = [Fixture.library, HostileCorpus.library, Fixture.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Articles")]
        var checked = 0
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
                let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(cutEverywhere(text).blocks == MarkdownParser.parse(text), "\(name)")
                checked += 1
            }
        }
        #expect(checked > 30)
    }

    @Test func randomBodiesOfTrickyLinesParseTheSameInPieces() {
        let lines = [
            "# Heading", "## Second", "###### Six", "####### seven is text", "#hashtag", "", "", "   ", "Text of a paragraph.",
            "```", "```swift", "~~~", "````", "``` a`b", "  ```", "    ```", "\t```", "    indented code", "- item", "  - nested",
            "1. first", "> quote", "> ```", "| a | b |", "|---|---|", "| 1 | 2 |", "Setext", "===", "---", "***",
            "<div>", "</div>", "text with [a link](https://example.org) and *emphasis*", "- # heading in a list", "> # heading in a quote",
            "", "", "", "# Heading", "## Second", "~~~", "```",
        ]
        let endings = ["\n", "\n", "\n", "\r\n", "\r"]
        var seeded = SplitMix64(seed: 20_261_125)
        var cutCount = 0
        for _ in 0..<3_000 {
            var markdown = ""
            // Half the bodies go without what keeps a body whole, so they are cut.
            let usable = seeded.next(below: 2) == 0 ? lines : lines.filter { !["  ```", "<div>", "</div>"].contains($0) }
            for _ in 0..<seeded.next(below: 60) {
                markdown += usable[seeded.next(below: usable.count)] + endings[seeded.next(below: endings.count)]
            }
            let pieces = cutEverywhere(markdown)
            #expect(pieces.blocks == MarkdownParser.parse(markdown), "\(markdown.debugDescription)")
            cutCount += pieces.chunks.count - 1
        }
        #expect(cutCount > 300, "the bodies are cut often enough to test the cuts")
    }

    @Test func cutsAreMadeOnlyBeforeAHeadingAfterABlankLineOutsideFences() {
        #expect(MarkdownChunks.starts(in: "Intro\n\n# One\ntext\n\n# Two\n", target: 1) == [0, 7, 19])
        #expect(MarkdownChunks.starts(in: "Intro\n# One\n", target: 1) == [0], "no blank line before")
        #expect(MarkdownChunks.starts(in: "```\n\n# In code\n```\n\n# After\n", target: 1) == [0, 20])
        #expect(MarkdownChunks.starts(in: "~~~~\n~~~\n\n# In code\n~~~~\n\n# After\n", target: 1) == [0, 26])
        #expect(MarkdownChunks.starts(in: "a\r\n\r\n# B\rc\r\r# D", target: 1) == [0, 5, 12])
        #expect(MarkdownChunks.starts(in: "Intro\n\n# One\n\n# Two\n", target: 8) == [0, 14], "pieces at least the target")
    }

    @Test func whatCouldReachAcrossACutKeepsTheBodyWhole() {
        let tail = "\n\n# One\n\ntext\n\n# Two\n"
        for head in ["[label]: https://example.org", "Text[^1]\n\n[^1]: a note", "<!-- a comment", "<?php", "<!DOCTYPE html>",
                     "<![CDATA[", "<script>", "<PRE>", "<style type=x>", "<textarea>", "- item\n\n   ```\n   code"] {
            #expect(MarkdownChunks.starts(in: head + tail, target: 1) == [0], "\(head)")
        }
        #expect(MarkdownChunks.starts(in: "Short\n\n# One\n", target: 1_000) == [0], "a body shorter than a piece")
        // Found anywhere, the last bytes included; a lone `]` or `<` is not it.
        let head = "Intro\n\n# One\n\ntext ] and 1 < 2\n\n# Two\n\n"
        for end in ["[label]: https://example.org", "<!--", "<?", "<pre>", "x]:"] {
            #expect(MarkdownChunks.starts(in: head + end, target: 1) == [0], "\(end)")
        }
        for end in ["]", "a <", "a ] : b", "b < pre"] {
            #expect(MarkdownChunks.starts(in: head + end, target: 1).count == 3, "\(end)")
        }
    }

    @Test func theTableSaysWhichPieceHoldsABlock() throws {
        var markdown = ""
        for section in 0..<50 { markdown += "# Section \(section)\n\nOne.\n\nTwo.\n\n" }
        let (blocks, chunks) = MarkdownParser.parseInChunks(markdown, target: 100)
        #expect(chunks.count > 5 && chunks.blockCount == blocks.count)
        for index in blocks.indices {
            let chunk = chunks.chunk(holdingBlock: index)
            #expect(chunks.blocks(ofChunk: chunk).contains(index))
        }
        #expect(ChunkTable(byteStarts: [0, 10], blockStarts: [0, 5], blockCount: 3) == nil, "a damaged table is refused")
        #expect(ChunkTable(byteStarts: [5], blockStarts: [0], blockCount: 3) == nil)
        #expect(ChunkTable(byteStarts: [0, 10, 10], blockStarts: [0, 1, 2], blockCount: 3) == nil, "pieces start at new bytes")
        #expect(ChunkTable(byteStarts: [0, 10, 20], blockStarts: [0, 3, 2], blockCount: 3) == nil, "blocks never go back")
        #expect(ChunkTable(byteStarts: [0, 10, 20], blockStarts: [0, 2, 2], blockCount: 3) != nil, "an empty piece is allowed")
    }
}
