import ArticleKit
import Foundation
import Testing
@testable import DecisionKit

@Suite("The decision summary: records resolved against the library")
struct DecisionSummaryTests {
    static let topics = [Topic(id: "onset", title: "Onset", question: "How soon?"),
                         Topic(id: "addiction", title: "Addiction", question: "Habit?"),
                         Topic(id: "cost", title: "Cost", question: "Cost?")]
    static let fast = Claim(stance: .benefit, topicID: "onset", text: "Works within hours.", sectionSlug: "s")
    static let habit = Claim(stance: .risk, topicID: "addiction", text: "May be habit-forming.", sectionSlug: "s")
    static let library = Library(topics: topics, articles: [
        Article(id: "a", title: "Article A", claims: [fast, habit], blocks: [], fileName: "a.md"),
    ])

    static func snapshot(_ claim: Claim) -> ClaimSnapshot {
        ClaimSnapshot(ref: ClaimReference.make(articleID: "a", claim: claim), text: claim.text, stance: claim.stance.rawValue,
                      topicID: claim.topicID, articleID: "a", articleTitle: "Article A")
    }

    static func day(_ number: Double) -> Date { Date(timeIntervalSince1970: number * 86_400) }

    @Test func ratedTopicsComeFirstMostImportantFirstThenTheRestInVocabularyOrder() {
        let records = DecisionRecords(importance: ["cost": .some, "addiction": .most])
        let summary = DecisionSummary.build(records: records, library: Self.library)
        #expect(summary.topics.map(\.topic.id) == ["addiction", "cost", "onset"])
        #expect(summary.topics.map(\.importance) == [.most, .some, .notRated])
        #expect(summary.ratedTopics.map(\.topic.id) == ["addiction", "cost"])
        #expect(summary.topics[0].comparison?.risks.map(\.claim.text) == ["May be habit-forming."])
        #expect(summary.topics[1].comparison == nil, "no source speaks of cost")
    }

    @Test func aNoteOnAClaimThatChangedKeepsItsWordsAndSaysSo() {
        var edited = Self.fast
        edited.text = "Works within days."
        let changedLibrary = Library(topics: Self.topics, articles: [
            Article(id: "a", title: "Article A", claims: [edited, Self.habit], blocks: [], fileName: "a.md"),
        ])
        let records = DecisionRecords(notes: [
            PersonalNote(id: 1, target: .claim(Self.snapshot(Self.fast)), text: "Ask how many hours", createdAt: Self.day(1), updatedAt: Self.day(1)),
            PersonalNote(id: 2, target: .claim(Self.snapshot(Self.habit)), text: "Worried", createdAt: Self.day(1), updatedAt: Self.day(1)),
            PersonalNote(id: 3, target: .topic(id: "gone-topic"), text: "Still mine", createdAt: Self.day(1), updatedAt: Self.day(1)),
        ])
        let summary = DecisionSummary.build(records: records, library: changedLibrary)
        #expect(summary.notes.count == 3, "no note is dropped")
        guard case .claim(let first) = summary.notes[0].subject, case .claim(let second) = summary.notes[1].subject else {
            Issue.record("claim subjects expected")
            return
        }
        #expect(first.hasChanged && first.text == "Works within hours.", "the words as written then")
        #expect(!second.hasChanged && second.text == "May be habit-forming.")
        #expect(summary.notes[2].subject == .topic(id: "gone-topic", nil))
    }

    @Test func notesFindTheirClaimsAmongManyOnTheSameArticleAndTopic() {
        let claims = (0..<40).map { Claim(stance: $0.isMultiple(of: 2) ? .benefit : .risk, topicID: "onset", text: "Point \($0).", sectionSlug: "s") }
        let other = Article(id: "b", title: "Article B", claims: [Claim(stance: .benefit, topicID: "onset", text: "Point 7.", sectionSlug: "s")],
                            blocks: [], fileName: "b.md")
        let library = Library(topics: Self.topics, articles: [Article(id: "a", title: "Article A", claims: claims, blocks: [], fileName: "a.md"), other])
        let noted = [3, 7, 38]
        let records = DecisionRecords(notes: noted.map {
            PersonalNote(id: Int64($0), target: .claim(Self.snapshot(claims[$0])), text: "note", createdAt: Self.day(1), updatedAt: Self.day(1))
        })
        let summary = DecisionSummary.build(records: records, library: library)
        let found = summary.notes.map { entry -> String? in
            guard case .claim(let status) = entry.subject, !status.hasChanged else { return nil }
            return status.text
        }
        #expect(found == ["Point 3.", "Point 7.", "Point 38."])
        let byRef = DecisionSummary.claims(in: Comparison.build(from: library, scope: .library), forRefsOf: records)
        #expect(byRef.values.map(\.articleID).sorted() == ["a", "a", "a"], "article b's 'Point 7.' has another reference")
    }

    @Test func questionsInTheirOrderAndTheStanceHistoryOldestFirst() {
        let records = DecisionRecords(
            questions: [ClinicianQuestion(id: 1, text: "B", position: 1, createdAt: Self.day(1)),
                        ClinicianQuestion(id: 2, text: "A", position: 0, claim: Self.snapshot(Self.habit), createdAt: Self.day(2))],
            stances: [StanceEntry(id: 2, leaning: .towards, sure: SureAnswers(letters: "YNYN"), recordedAt: Self.day(3)),
                      StanceEntry(id: 1, leaning: .undecided, sure: nil, recordedAt: Self.day(1))])
        let summary = DecisionSummary.build(records: records, library: Self.library)
        #expect(summary.questions.map(\.question.text) == ["A", "B"])
        #expect(summary.questions[0].claim?.hasChanged == false)
        #expect(summary.stances.map(\.leaning) == [.undecided, .towards])
        #expect(summary.currentStance?.sure?.letters == "YNYN")
        #expect(!summary.isEmpty)
        #expect(DecisionSummary.build(records: DecisionRecords(), library: Self.library).isEmpty)
    }

    @Test func sureAnswersFromLetters() {
        #expect(SureAnswers(letters: "ynyn") == SureAnswers(sure: true, understand: false, clearValues: true, support: false))
        #expect(SureAnswers(letters: "YNY") == nil)
        #expect(SureAnswers(letters: "YNYX") == nil)
        #expect(Importance.aLot.words == "matters a lot to you")
        #expect(CalendarDay.string(Self.day(20_000)) == "2024-10-04")
    }
}
