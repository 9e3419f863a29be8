import ArticleKit
import Testing
@testable import ReaderUI

@Suite("Laying out blocks as text")
struct BlockLayoutTests {
    private func text(_ markdown: String, width: Int) -> [String] {
        BlockLayout.lines(for: MarkdownParser.parse(markdown), width: width).map(\.plainText)
    }

    @Test func paragraphsWrapAtWordsWithinTheWidth() {
        let lines = text("The quick brown fox jumps over the lazy dog and keeps running.", width: 20)
        #expect(lines == ["The quick brown fox", "jumps over the lazy", "dog and keeps", "running."])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    }

    @Test func headingsAreUnderlinedOrMarked() {
        #expect(text("# Title\n\n## Part\n\n### Detail", width: 40) == [
            "Title", "═════", "", "Part", "────", "", "### Detail",
        ])
    }

    @Test func listsHangTheirIndent() {
        #expect(text("- one two three four five six\n- seven\n  1. inner item that wraps\n", width: 16) == [
            "• one two three",
            "  four five six",
            "• seven",
            "  1. inner item",
            "     that wraps",
        ])
    }

    @Test func orderedNumbersAlignRight() {
        let markdown = (1...10).map { "\($0). x" }.joined(separator: "\n")
        let lines = text(markdown, width: 20)
        #expect(lines.first == " 1. x")
        #expect(lines.last == "10. x")
    }

    @Test func quotesCodeRulesAndLinks() {
        #expect(text("> quoted words here\n\n```\nlet a = 1\n```\n\n---\n\nSee [docs](https://e.org).", width: 18) == [
            "│ quoted words",
            "│ here",
            "",
            "    let a = 1",
            "",
            "──────────────────",
            "",
            "See docs",
            "<https://e.org>.",
        ])
    }

    @Test func tablesAreBoxedAndShrinkToFit() {
        let lines = text("| Topic | Says |\n|---|---:|\n| onset | within hours |\n", width: 22)
        #expect(lines == [
            "┌───────┬────────────┐",
            "│ Topic │       Says │",
            "├───────┼────────────┤",
            "│ onset │     within │",
            "│       │      hours │",
            "└───────┴────────────┘",
        ])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 22 })
    }

    @Test(arguments: [20, 40, 80])
    func wideAndCombiningTextNeverOverflows(width: Int) {
        let markdown = "氯胺酮治疗的风险与益处需要仔细权衡。Cafe\u{301} e\u{301}te\u{301} — 👨‍👩‍👧 family and 한국어 text mixed with ASCII words to wrap."
        let lines = text(markdown, width: width)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(lines)")
        #expect(lines.joined().contains("Cafe\u{301}"))
        #expect(lines.count > 1)
    }

    @Test func positionsNameBlockAndOffset() {
        let lines = BlockLayout.lines(for: MarkdownParser.parse("# T\n\nalpha beta gamma delta"), width: 11)
        let paragraph = lines.filter { $0.blockIndex == 1 && !$0.plainText.isEmpty }
        #expect(paragraph.map(\.plainText) == ["alpha beta", "gamma delta"])
        #expect(paragraph.map(\.offset) == [0, 11])
    }
}

@Suite("Word wrapping finds spaces by bytes, as it found them by characters")
struct ParagraphWrappingTests {
    @Test func aSpaceCarryingACombiningMarkDoesNotBreakTheWord() {
        let (lines, offsets) = ParagraphWrapper.wrap([StyledRun("ab \u{301}cd ef")], width: 6)
        #expect(lines.map { $0.map(\.text).joined() } == ["ab \u{301}cd", "ef"])
        #expect(offsets == [0, 6], "offsets count Characters: 'ab', ' \u{301}', 'cd', ' '")
    }

    @Test func plainSpacesBreakAndOffsetsCountCharacters() {
        let (lines, offsets) = ParagraphWrapper.wrap([StyledRun("café au lait 治疗 ok")], width: 8)
        #expect(lines.map { $0.map(\.text).joined() } == ["café au", "lait", "治疗 ok"])
        #expect(offsets == [0, 8, 13], "'café au ' is eight Characters (and nine bytes)")
    }
}
