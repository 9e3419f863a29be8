import Testing
@testable import ArticleKit
import WeighTestSupport

@Suite("Markdown to blocks")
struct MarkdownParserTests {
    @Test func headingsCarryLevelTextAndUniqueSlugs() {
        let blocks = MarkdownParser.parse("# Risks & Benefits\n\n## Risks\n\n## Risks\n\n### Über *alles*\n")
        #expect(blocks == [
            .heading(Heading(level: 1, text: "Risks & Benefits", slug: "risks--benefits")),
            .heading(Heading(level: 2, text: "Risks", slug: "risks")),
            .heading(Heading(level: 2, text: "Risks", slug: "risks-1")),
            .heading(Heading(level: 3, text: "Über alles", slug: "über-alles")),
        ])
    }

    @Test func paragraphSpansKeepStylesAndLinks() {
        let blocks = MarkdownParser.parse("Plain *em* **strong** ***both*** `code` [site](https://e.org) ~~old~~\nnext")
        #expect(blocks == [.paragraph([
            InlineSpan("Plain "),
            InlineSpan("em", style: .emphasis),
            InlineSpan(" "),
            InlineSpan("strong", style: .strong),
            InlineSpan(" "),
            InlineSpan("both", style: [.emphasis, .strong]),
            InlineSpan(" "),
            InlineSpan("code", style: .code),
            InlineSpan(" "),
            InlineSpan("site", style: .link, url: "https://e.org"),
            InlineSpan(" "),
            InlineSpan("old", style: .strikethrough),
            InlineSpan(" next"),
        ])])
    }

    @Test func hardBreakIsItsOwnSpan() {
        #expect(MarkdownParser.parse("one  \ntwo") == [.paragraph([InlineSpan("one"), .lineBreak, InlineSpan("two")])])
    }

    @Test func listsNestAndKeepTheirStart() {
        let blocks = MarkdownParser.parse("3. three\n4. four\n   - inner\n")
        #expect(blocks == [.list(ListBlock(ordered: true, start: 3, items: [
            [.paragraph([InlineSpan("three")])],
            [.paragraph([InlineSpan("four")]), .list(ListBlock(ordered: false, start: 0, items: [[.paragraph([InlineSpan("inner")])]]))],
        ]))])
    }

    @Test func quotesCodeAndRules() {
        let blocks = MarkdownParser.parse("> quoted\n\n```sh\necho\thi\n```\n\n***\n\n    indented\n")
        #expect(blocks == [
            .quote([.paragraph([InlineSpan("quoted")])]),
            .code(CodeBlock(language: "sh", lines: ["echo    hi"])),
            .thematicBreak,
            .code(CodeBlock(language: nil, lines: ["indented"])),
        ])
    }

    @Test func tablesHaveHeaderRowsAndAlignment() {
        let blocks = MarkdownParser.parse("| A | B | C |\n|:--|:-:|--:|\n| 1 | *2* |\n")
        #expect(blocks == [.table(TableBlock(
            alignments: [.left, .center, .right],
            header: [[InlineSpan("A")], [InlineSpan("B")], [InlineSpan("C")]],
            rows: [[[InlineSpan("1")], [InlineSpan("2", style: .emphasis)], []]]
        ))])
    }

    @Test func sectionsFormATree() {
        let blocks = MarkdownParser.parse("# T\n\n## A\n\n### A1\n\n## B\n")
        let tree = Section.tree(of: blocks)
        #expect(tree.map(\.slug) == ["t"])
        #expect(tree[0].children.map(\.slug) == ["a", "b"])
        #expect(tree[0].children[0].children.map(\.slug) == ["a1"])
        #expect(tree.flattened.map(\.blockIndex) == [0, 1, 2, 3])
    }

    @Test func entitiesThatDecodeToControlsAreSanitized() {
        let blocks = MarkdownParser.parse("a &#27;[31m b &#x9b;2J c &#0; d [x](http://e.org/&#27;]8)")
        let text = blocks.map(\.plainText).joined()
        #expect(!text.unicodeScalars.contains(where: SafeScalars.isControl))
        #expect(text.contains("␛[31m"))
        guard case .paragraph(let spans) = blocks.first else { Issue.record("no paragraph"); return }
        #expect(spans.compactMap(\.url).allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func rawHTMLIsShownAsTextNotInterpreted() {
        let blocks = MarkdownParser.parse("<div>\nhi\n</div>\n")
        #expect(blocks == [.code(CodeBlock(language: "html", lines: ["<div>", "hi", "</div>"]))])
    }
}
