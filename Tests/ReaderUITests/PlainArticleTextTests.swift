import ArticleKit
import Testing
@testable import ReaderUI

@Suite("weigh show's plain text")
struct PlainArticleTextTests {
    let article = Article(
        id: "a", title: "Weighing it",
        source: SourceReference(title: "Original", publisher: "Clinic"),
        claims: [Claim(stance: .benefit, topicID: "onset", text: "fast", sectionSlug: "s"),
                 Claim(stance: .risk, topicID: "onset", text: "slow", sectionSlug: "s")],
        blocks: MarkdownParser.parse("# Weighing it\n\n## S\n\nBody with 氯胺酮 and e\u{301}.\n"),
        fileName: "a.md"
    )

    @Test func headerNamesTheSourceUnderTheTitle() {
        #expect(PlainArticleText.lines(for: article, width: 40) == [
            "Weighing it",
            "═══════════",
            "",
            "Source: “Original”, Clinic",
            "Claims: 1 benefit, 1 risk",
            "",
            "S",
            "─",
            "",
            "Body with 氯胺酮 and e\u{301}.",
        ])
    }

    @Test(arguments: [20, 40, 80])
    func everyLineFitsTheWidth(width: Int) {
        let lines = PlainArticleText.lines(for: article, width: width)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
    }
}
