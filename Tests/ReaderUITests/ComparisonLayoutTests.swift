import ArticleKit
import Testing
@testable import ReaderUI

@Suite("Laying out the comparison")
struct ComparisonLayoutTests {
    static let clinic = SourceReference(title: "Source A", site: "not named", published: "not given", author: "not named",
                                        kind: .clinicOrProvider, interest: "sells it", evidence: SourceEvidence.none, summarised: "2026-12-04")
    static let study = SourceReference(title: "Source B", site: "A Journal", published: "2023-01-02", author: "A. Author",
                                       kind: .study, interest: "none shown", evidence: .citesStudies, summarised: "2026-12-04")
    static let library = Library(
        topics: [Topic(id: "onset", title: "Onset", question: "How fast?"), Topic(id: "addiction", title: "Addiction", question: "Addictive?")],
        articles: [
            Article(id: "a", title: "Article A", source: clinic,
                    claims: [Claim(stance: .benefit, topicID: "onset", text: "Works within hours for many people who try it", sectionSlug: "s"),
                             Claim(stance: .risk, topicID: "addiction", text: "May be habit-forming", sectionSlug: "s", point: "addictive")],
                    blocks: MarkdownParser.parse("## S\n"), fileName: "a.md"),
            Article(id: "b", title: "Article B", source: study,
                    claims: [Claim(stance: .benefit, topicID: "addiction", text: "Not highly addictive under supervision", sectionSlug: "s", point: "addictive"),
                             Claim(stance: .precaution, topicID: "addiction", text: "Only with a prescriber", sectionSlug: "s")],
                    blocks: MarkdownParser.parse("## S\n"), fileName: "b.md"),
        ]
    )

    static func rows(_ scope: ComparisonScope = .library, width: Int) -> [String] {
        ComparisonLayout.rows(for: Comparison.build(from: library, scope: scope), width: width).map(\.plainText)
    }

    @Test func sideBySideWholeLayout() {
        #expect(Self.rows(width: 72) == [
            "Benefits                           │ Risks",
            "───────────────────────────────────┼────────────────────────────────────",
            "",
            "Onset — How fast?",
            "Says: [1] ▲",
            "▲ Works within hours for many      │   none stated",
            "  people who try it [1 clinic ○]   │",
            "",
            "Addiction — Addictive?",
            "Says: [1] ▼  [2] ▲◆  ≠ sources differ",
            "▲ Not highly addictive under       │ ▼ May be habit-forming ≠",
            "  supervision ≠ [2 study ●]        │   [1 clinic ○]",
            "Precautions",
            "◆ Only with a prescriber [2 study ●]",
            "",
            "Sources",
            "[1 clinic ○] Article A — based on “Source A”; site not named; author",
            "    not named; date not given; clinic or provider; ○ cites no studies;",
            "    interest: sells it; summarised 2026-12-04",
            "[2 study ●] Article B — based on “Source B”; A Journal; by A.",
            "    Author; published 2023-01-02; study; ● cites studies; interest: none",
            "    shown; summarised 2026-12-04",
            "",
            "▲ benefit ▼ risk ◆ precaution ● cites studies ◐ mentions studies without",
            "citing them ○ cites no studies",
            "A claim is what a source says, not a finding; how many claims a topic",
            "has says nothing about the evidence.",
            "This reports what its sources say; it is not medical advice. Talk to a",
            "qualified healthcare provider.",
        ])
    }

    @Test func narrowWidthStacksBenefitsAboveRisksAboveThePrecautions() {
        let rows = Self.rows(width: 40)
        #expect(rows == [
            "Onset — How fast?",
            "Says: [1] ▲",
            "Benefits",
            "▲ Works within hours for many people who",
            "  try it [1 clinic ○]",
            "Risks",
            "  none stated",
            "",
            "Addiction — Addictive?",
            "Says: [1] ▼  [2] ▲◆  ≠ sources differ",
            "Benefits",
            "▲ Not highly addictive under supervision",
            "  ≠ [2 study ●]",
            "Risks",
            "▼ May be habit-forming ≠ [1 clinic ○]",
            "Precautions",
            "◆ Only with a prescriber [2 study ●]",
            "",
            "Sources",
            "[1 clinic ○] Article A — based on",
            "    “Source A”; site not named; author",
            "    not named; date not given; clinic or",
            "    provider; ○ cites no studies;",
            "    interest: sells it; summarised",
            "    2026-12-04",
            "[2 study ●] Article B — based on",
            "    “Source B”; A Journal; by A. Author;",
            "    published 2023-01-02; study; ● cites",
            "    studies; interest: none shown;",
            "    summarised 2026-12-04",
            "",
            "▲ benefit ▼ risk ◆ precaution ● cites",
            "studies ◐ mentions studies without",
            "citing them ○ cites no studies",
            "A claim is what a source says, not a",
            "finding; how many claims a topic has",
            "says nothing about the evidence.",
            "This reports what its sources say; it is",
            "not medical advice. Talk to a qualified",
            "healthcare provider.",
        ])
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 40 })
    }

    @Test func aClinicPageCitingNothingIsTaggedUnlikeAStudyInWordsAndSymbols() {
        let rows = Self.rows(width: 160)
        #expect(rows.contains { $0.contains("May be habit-forming ≠ [1 clinic ○]") })
        #expect(rows.contains { $0.contains("Not highly addictive under supervision ≠ [2 study ●]") })
    }

    @Test func noCountBarAndNoDisagreementWhereSourcesAgree() {
        var agreeing = Self.library
        agreeing.articles[0].claims[1].point = "other"
        let rows = ComparisonLayout.rows(for: Comparison.build(from: agreeing, scope: .library), width: 72).map(\.plainText)
        #expect(!rows.contains { $0.contains("sources differ") || $0.contains("≠ [") })
        #expect(!rows.contains { $0.contains("█") || $0.contains("1 benefit") })
    }

    @Test func articleScopeHasNoClaimTagsButNamesItsSource() {
        let rows = Self.rows(.article(id: "a"), width: 80)
        #expect(!rows.contains { $0.hasPrefix("▲") && $0.contains("[1") })
        #expect(rows.contains("Source"))
        #expect(rows.joined(separator: "\n").contains("[1 clinic ○] Article A — based on “Source A”; site not named; author not\n    named; date not given; clinic or provider; ○ cites no studies; interest:\n    sells it; summarised 2026-12-04"))
        #expect(rows.contains { $0.contains("not medical advice") })
    }

    @Test func selectionSpansCoverTheClaimsColumn() {
        let rows = ComparisonLayout.rows(for: Comparison.build(from: Self.library, scope: .library), width: 72)
        let spans = rows.flatMap(\.claimSpans)
        #expect(Set(spans.map(\.claim)) == [0, 1, 2, 3])
        #expect(spans.filter { $0.claim == 3 }.allSatisfy { $0.x == 0 && $0.width == 72 }, "a precaution spans the width")
        #expect(spans.filter { $0.claim == 2 }.allSatisfy { $0.x == 37 && $0.width == 35 }, "the risk column")
    }

    @Test func markdownSaysWhoSaysWhatAndListsPrecautionsAndProvenance() {
        let markdown = ComparisonMarkdown.render(Comparison.build(from: Self.library, scope: .library), title: "T")
        #expect(markdown.contains("## Addiction\n\n*Addictive?*\n\nSays: \\[1\\] risk; \\[2\\] benefit, precaution. **≠ Sources differ** on this topic.\n"))
        #expect(markdown.contains("| Benefits | Risks |\n|---|---|\n| Not highly addictive under supervision ≠ \\[2 study ●\\] | May be habit-forming ≠ \\[1 clinic ○\\] |"))
        #expect(markdown.contains("**Precautions:**\n\n- Only with a prescriber \\[2 study ●\\]\n"))
        #expect(markdown.contains("1. **Article A** (`a`) — based on “Source A”; site not named; author not named; date not given; clinic or provider; ○ cites no studies; interest: sells it; summarised 2026-12-04"))
        #expect(markdown.contains("not medical advice"))
    }

    /// A source that states a benefit and a risk on the same point is at
    /// odds with itself: the topic says so ("± [n] says both"), and does
    /// not call it a disagreement between sources.
    @Test func aSourceSayingBothIsMarkedOnItsTopicAndNoDisagreement() {
        let both = Library(
            topics: [Topic(id: "addiction", title: "Addiction", question: "Addictive?")],
            articles: [
                Article(id: "a", title: "Article A", source: Self.clinic,
                        claims: [Claim(stance: .benefit, topicID: "addiction", text: "Not habit-forming", sectionSlug: "s", point: "addictive"),
                                 Claim(stance: .risk, topicID: "addiction", text: "Can be habit-forming", sectionSlug: "s", point: "addictive")],
                        blocks: MarkdownParser.parse("## S\n"), fileName: "a.md"),
                Article(id: "b", title: "Article B", source: Self.study,
                        claims: [Claim(stance: .precaution, topicID: "addiction", text: "Only with a prescriber", sectionSlug: "s")],
                        blocks: MarkdownParser.parse("## S\n"), fileName: "b.md"),
            ])
        let rows = ComparisonLayout.rows(for: Comparison.build(from: both, scope: .library), width: 72).map(\.plainText)
        #expect(rows.contains("Says: [1] ▲▼  [2] ◆  ± [1] says both"), "\(rows)")
        #expect(!rows.contains { $0.contains("sources differ") })
        let markdown = ComparisonMarkdown.render(Comparison.build(from: both, scope: .library), title: "Both")
        #expect(markdown.contains("Says: \\[1\\] benefit, risk; \\[2\\] precaution. Source 1 says both."), "\(markdown)")
    }
}
