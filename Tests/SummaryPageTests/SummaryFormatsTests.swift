import ArticleKit
import DecisionKit
import Testing
@testable import ReaderUI
@testable import SummaryPage

/// `--format text`, `markdown` and `html` are one summary: the same parts
/// in the same order, holding the same things the person wrote.
@Suite("The summary's three formats agree")
struct SummaryFormatsTests {
    static let summary = DecisionSummary.build(records: SummaryHTMLTests.fullRecords, library: SummaryHTMLTests.library,
                                               bookmarks: [SummaryHTMLTests.bookmark])

    @Test func thePartsComeInTheSameOrderInEveryFormat() throws {
        let titles = DecisionWording.Part.allCases.map(\.title)
        let markdown = DecisionMarkdown.render(Self.summary, date: "2026-12-04").split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(markdown == titles)
        let blocks = DecisionDocument.blocks(for: Self.summary, date: "2026-12-04").compactMap { block -> String? in
            if case .heading(let heading) = block, heading.level == 2 { heading.text } else { nil }
        }
        #expect(blocks == titles)
        let page = try ParsedPage(SummaryHTML.render(Self.summary, date: "2026-12-04"))
        #expect(page.body.all("h2").map(\.text) == titles)
    }

    @Test func everyFormatHoldsTheNotesQuestionsBookmarkAndSources() throws {
        let text = BlockLayout.lines(for: DecisionDocument.blocks(for: Self.summary, date: "2026-12-04"), width: 1_000)
            .map { SourceWording.plainSpaces($0.plainText) }.joined(separator: "\n")
        let markdown = DecisionMarkdown.render(Self.summary, date: "2026-12-04")
        let html = try ParsedPage(SummaryHTML.render(Self.summary, date: "2026-12-04")).body.text
        let expected = ["Ask about this", "How soon for me?", "Read again", "What are my options?", "Is it habit-forming for me?",
                        "Sessions are priced per visit.", "prices", "Article B (b), based on", "(the claim has changed)", "[2 study ●]",
                        DecisionWording.disputed, "2024-10-04: not deciding yet"]
        for piece in expected {
            #expect(text.contains(piece), "text: \(piece)")
            #expect(markdown.filter { !"\\`*".contains($0) }.contains(piece), "markdown: \(piece)")
            #expect(html.contains(piece), "html: \(piece)")
        }
    }
}
