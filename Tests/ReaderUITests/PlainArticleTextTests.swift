import ArticleKit
import Testing
@testable import ReaderUI

@Suite("weigh show's plain text")
struct PlainArticleTextTests {
    let article = Article(
        id: "a", title: "Weighing it",
        source: SourceReference(title: "Original", site: "Clinic", published: "not given", pageDate: "2024-06-24",
                                author: "not named", kind: .clinicOrProvider, interest: "sells the treatment",
                                evidence: SourceEvidence.none, summarised: "2026-12-04"),
        claims: [Claim(stance: .benefit, topicID: "onset", text: "fast", sectionSlug: "s"),
                 Claim(stance: .risk, topicID: "onset", text: "slow", sectionSlug: "s")],
        blocks: MarkdownParser.parse("# Weighing it\n\n## S\n\nBody with 氯胺酮 and e\u{301}.\n"),
        fileName: "a.md"
    )

    @Test func aboutTheSourceOpensTheArticleAndTheDisclaimerClosesIt() {
        #expect(PlainArticleText.lines(for: article, width: 60) == [
            "Weighing it",
            "═══════════",
            "",
            "│ About this source",
            "│ Source: “Original”",
            "│ Site: Clinic",
            "│ Author: not named",
            "│ Published: not given; the page prints the date 2024-06-24",
            "│ without saying what it is",
            "│ Kind: clinic or provider",
            "│ Interest: sells the treatment",
            "│ Evidence: ○ cites no studies",
            "│ Summarised: 2026-12-04, in this library's own words",
            "│ Claims drawn here: benefits: 1 claim, 1 word; risks: 1",
            "│ claim, 1 word",
            "",
            "S",
            "─",
            "",
            "Body with 氯胺酮 and e\u{301}.",
            "",
            "────────────────────────────────────────────────────────────",
            "",
            "This reports what its sources say; it is not medical advice.",
            "Talk to a qualified healthcare provider.",
        ])
    }

    @Test func aSourceWithoutATitleOfItsOwnSaysSo() {
        var untitled = article
        untitled.source?.title = "not given"
        let lines = PlainArticleText.lines(for: untitled, width: 100)
        #expect(lines.contains("│ Source: no title of its own (the article's title is this library's)"))
    }

    @Test func aLibraryWithoutTheFieldsShowsThemAsNotRecorded() {
        var old = article
        old.source = SourceReference(title: "Original")
        let lines = PlainArticleText.lines(for: old, width: 100)
        #expect(lines.contains("│ Site: not recorded"))
        #expect(lines.contains("│ Evidence: not recorded"))
    }

    @Test(arguments: [20, 40, 80])
    func everyLineFitsTheWidth(width: Int) {
        let lines = PlainArticleText.lines(for: article, width: width)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
    }
}
