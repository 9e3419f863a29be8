import ArticleKit
import DecisionKit
import Foundation
import Testing
@testable import PersonalStore

/// Each kind of decision record through the store: ratings, notes on
/// claims, topics and bookmarks, questions in the person's order, and the
/// stance history, oldest first.
@Suite("Decision records in the store")
struct DecisionRecordsTests {
    static let claim = ClaimSnapshot(ref: "risks/addiction/1a2b3c4d", text: "Ketamine can be misused.", stance: "risk",
                                     topicID: "addiction", articleID: "risks", articleTitle: "The Risks")

    @Test func ratingsAreSetReplacedAndClearedByZero() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.setImportance(.aLot, forTopic: "addiction")
        try store.setImportance(.little, forTopic: "cost")
        try store.setImportance(.most, forTopic: "addiction")
        #expect(try store.decisionRecords().importance == ["addiction": .most, "cost": .little])
        try store.setImportance(.notRated, forTopic: "cost")
        #expect(try store.decisionRecords().importance == ["addiction": .most])
    }

    @Test func notesKeepTheClaimAsWrittenAndCanBeEditedAndDeleted() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let bookmark = try store.add("risks", 3)
        let onClaim = try store.addNote("Ask about this.\r\nSecond line", on: .claim(Self.claim))
        let onTopic = try store.addNote("  Matters to me  ", on: .topic(id: "cost"))
        let onBookmark = try store.addNote("Read again", on: .bookmark(id: bookmark.id))
        #expect(throws: PersonalStoreError.noSuchBookmark(id: 99)) { try store.addNote("x", on: .bookmark(id: 99)) }
        var notes = try store.decisionRecords().notes
        #expect(notes == [onClaim, onTopic, onBookmark])
        #expect(notes[0].text == "Ask about this.\nSecond line" && notes[0].target == .claim(Self.claim))
        #expect(notes[1].text == "Matters to me")

        let edited = try store.editNote(id: onTopic.id, text: "Matters a lot")
        #expect(edited.text == "Matters a lot" && edited.updatedAt > edited.createdAt)
        #expect(try store.deleteNote(id: onClaim.id) == onClaim)
        #expect(try store.deleteNote(id: onClaim.id) == nil)
        #expect(throws: PersonalStoreError.noSuchRecord("note #\(onClaim.id)")) { try store.editNote(id: onClaim.id, text: "x") }
        notes = try store.decisionRecords().notes
        #expect(notes.map(\.id) == [onTopic.id, onBookmark.id])
    }

    @Test func questionsKeepTheirOrderThroughMovesAndDeletes() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let ids = try ClinicianQuestion.starters.prefix(4).map { try store.addQuestion($0).id }
        #expect(try store.decisionRecords().questions.map(\.position) == [0, 1, 2, 3])
        #expect(try store.moveQuestion(id: ids[3], to: 0).map(\.id) == [ids[3], ids[0], ids[1], ids[2]])
        #expect(try store.moveQuestion(id: ids[0], to: 99).map(\.id) == [ids[3], ids[1], ids[2], ids[0]])
        #expect(try store.deleteQuestion(id: ids[1])?.id == ids[1])
        let questions = try store.decisionRecords().questions
        #expect(questions.map(\.id) == [ids[3], ids[2], ids[0]])
        #expect(questions.map(\.position) == [0, 1, 2])
        #expect(try store.editQuestion(id: ids[2], text: "Edited?").text == "Edited?")
        let withClaim = try store.addQuestion("About this claim?", claim: Self.claim)
        #expect(withClaim.position == 3)
        #expect(try store.decisionRecords().questions.last == withClaim)
        #expect(throws: PersonalStoreError.noSuchRecord("question #999")) { try store.moveQuestion(id: 999, to: 0) }
    }

    @Test func everyStanceIsKeptOldestFirstWithItsTime() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let first = try store.recordStance(.undecided)
        let second = try store.recordStance(.towards, sure: SureAnswers(letters: "YNYN"))
        let third = try store.recordStance(.unsure, sure: SureAnswers(letters: "nnnn"))
        let stances = try store.decisionRecords().stances
        #expect(stances == [first, second, third])
        #expect(stances[1].sure?.letters == "YNYN" && stances[0].sure == nil)
        #expect(stances[0].recordedAt < stances[2].recordedAt)
    }

    @Test func hostileAndHugeTextIsCleanedOrRefusedWithAReason() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let note = try store.addNote("red \u{1B}[31mtext\u{7}\u{202E}", on: .topic(id: "cost\u{1B}"))
        #expect(note.text == "red ␛[31mtext␇")
        #expect(note.target == .topic(id: "cost␛"))
        let question = try store.addQuestion("Is\u{1B}]0;title\u{7} safe?\n")
        #expect(question.text == "Is␛]0;title␇ safe?")

        let longest = String(repeating: "a", count: DecisionText.maximumNoteLength)
        #expect(try store.addNote(longest, on: .topic(id: "cost")).text.count == 100_000)
        #expect(throws: PersonalStoreError.invalidRecord("the note is longer than 100000 characters (100001)")) {
            try store.addNote(longest + "a", on: .topic(id: "cost"))
        }
        #expect(throws: PersonalStoreError.invalidRecord("the note is empty")) { try store.addNote(" \n ", on: .topic(id: "cost")) }
        #expect(throws: PersonalStoreError.self) { try store.addQuestion(String(repeating: "q", count: 1_001)) }
        #expect(throws: PersonalStoreError.invalidRecord("the topic id is empty")) { try store.setImportance(.some, forTopic: "\t") }
    }

    @Test func theStartUpSnapshotHoldsRatingsAndNotes() throws {
        let fixture = try StoreFixture()
        do {
            let store = try fixture.open()
            try store.setImportance(.most, forTopic: "addiction")
            try store.addNote("On a claim", on: .claim(Self.claim))
            try store.addNote("On a topic", on: .topic(id: "cost"))
        }
        let records = try fixture.open().decisionRecords()
        let snapshot = try #require(StoreSnapshot.read(directory: fixture.directory))
        #expect(snapshot.importance == records.importance && snapshot.importance == ["addiction": .most])
        #expect(snapshot.notes == records.notes && snapshot.notes.count == 2)
    }
}
