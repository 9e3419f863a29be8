import ArticleKit
import DecisionKit
import Foundation
import Testing
@testable import ReaderUI

@Suite("The decision as a document")
struct DecisionDocumentTests {
    static let topics = [Topic(id: "onset", title: "Onset", question: "How soon?"),
                         Topic(id: "addiction", title: "Addiction", question: "Habit?")]
    static let fast = Claim(stance: .benefit, topicID: "onset", text: "Works within hours.", sectionSlug: "s")
    static let habit = Claim(stance: .risk, topicID: "addiction", text: "May be habit-forming.", sectionSlug: "s")
    static let library = Library(topics: topics, articles: [
        Article(id: "a", title: "Article A", source: ComparisonLayoutTests.clinic, claims: [fast, habit], blocks: [], fileName: "a.md"),
    ])

    static func day(_ number: Double) -> Date { Date(timeIntervalSince1970: number * 86_400) }

    static func text(_ records: DecisionRecords, width: Int = 72) -> [String] {
        let summary = DecisionSummary.build(records: records, library: library)
        return BlockLayout.lines(for: DecisionDocument.blocks(for: summary, date: "2026-12-04"), width: width).map(\.plainText)
    }

    @Test func everythingInOrder() {
        let habitRef = ClaimReference.make(articleID: "a", claim: Self.habit)
        let snapshot = ClaimSnapshot(ref: habitRef, text: Self.habit.text, stance: "risk", topicID: "addiction", articleID: "a", articleTitle: "Article A")
        let records = DecisionRecords(
            importance: ["addiction": .most],
            notes: [PersonalNote(id: 1, target: .claim(snapshot), text: "Ask about \u{1B}[31m this", createdAt: Self.day(1), updatedAt: Self.day(1)),
                    PersonalNote(id: 2, target: .topic(id: "addiction"), text: "My family worries.", createdAt: Self.day(1), updatedAt: Self.day(1))],
            questions: [ClinicianQuestion(id: 1, text: ClinicianQuestion.starters[0], position: 0, createdAt: Self.day(1))],
            stances: [StanceEntry(id: 1, leaning: .undecided, sure: nil, recordedAt: Self.day(20_000)),
                      StanceEntry(id: 2, leaning: .unsure, sure: SureAnswers(letters: "NYYN"), recordedAt: Self.day(20_001))])
        #expect(Self.text(records) == [
            "My decision — 2026-12-04",
            "════════════════════════",
            "",
            "This reports what its sources say; it is not medical advice. Talk to a",
            "qualified healthcare provider.",
            "",
            "Where I stand",
            "─────────────",
            "",
            "Now: unsure (2024-10-05)",
            "SURE: sure no · understand the information yes · clear about what",
            "matters yes · enough support no",
            "",
            "Before:",
            "",
            "• 2024-10-04: not deciding yet",
            "",
            "What matters most to me",
            "───────────────────────",
            "",
            "Addiction — matters most to you",
            "Habit?",
            "",
            "Against:",
            "",
            "• ▼ May be habit-forming. [1\u{00A0}clinic\u{00A0}○]",
            "",
            "• My note: My family worries.",
            "",
            "Topics not rated",
            "",
            "Onset",
            "How soon?",
            "",
            "For:",
            "",
            "• ▲ Works within hours. [1\u{00A0}clinic\u{00A0}○]",
            "",
            "My questions",
            "────────────",
            "",
            "1. What are my options, including waiting or doing nothing for now?",
            "",
            "My notes",
            "────────",
            "",
            "• On “May be habit-forming.”: Ask about ␛[31m this",
            "• On the topic Addiction: My family worries.",
            "",
            "Bookmarks",
            "─────────",
            "",
            "No bookmarks.",
            "",
            "The sources",
            "───────────",
            "",
            "1. Article A (a), based on “Source A”; site not named; author not named;",
            "   date not given; clinic or provider; ○ cites no studies; interest:",
            "   sells it; summarised 2026-12-04",
            "",
            "▲ benefit ▼ risk ◆ precaution ● cites studies ◐ mentions studies without",
            "citing them ○ cites no studies",
            "",
            "How to read this",
            "────────────────",
            "",
            "A claim is what a source says, not a finding; how many claims a topic",
            "has says nothing about the evidence. Each claim carries its source's",
            "tag: the source's number in the list of sources, what kind of source it",
            "is and a symbol for the evidence it gives. The ratings, notes and",
            "questions are yours; they are not advice.",
        ])
    }

    @Test func nothingRecordedIsAShortPageThatSaysSo() {
        let lines = Self.text(DecisionRecords())
        #expect(lines.joined(separator: " ").contains("Nothing recorded yet."))
        #expect(lines.joined(separator: " ").contains("not medical advice"))
        #expect(!lines.contains("Where I stand"))
    }
}
