import ArticleKit
import DecisionKit
import Foundation
import Testing
@testable import PersonalStore

/// `weigh export` / `weigh import` at the store: one file carries
/// everything personal, importing merges without duplicates (twice is the
/// same as once), and a bad or newer file changes nothing.
@Suite("Exporting and importing personal data")
struct PersonalDataTransferTests {
    /// A store with one of everything, and a note on its bookmark.
    static func filled(_ fixture: borrowing StoreFixture) throws -> PersonalDatabase {
        let store = try fixture.open()
        let bookmark = try store.add("risks", 2, label: "mark")
        try store.setImportance(.aLot, forTopic: "addiction")
        try store.addNote("On the claim", on: .claim(DecisionRecordsTests.claim))
        try store.addNote("On the topic", on: .topic(id: "cost"))
        try store.addNote("On the bookmark", on: .bookmark(id: bookmark.id))
        try store.addQuestion("First?")
        try store.addQuestion("Second?", claim: DecisionRecordsTests.claim)
        try store.recordStance(.unsure)
        try store.recordStance(.towards, sure: SureAnswers(letters: "YYNY"))
        return store
    }

    @Test func aRoundTripKeepsEverythingAndASecondImportChangesNothing() throws {
        let source = try StoreFixture()
        let store = try Self.filled(source)
        let export = try store.exportPersonalData()
        #expect(export.counts.description == "1 bookmark, 1 rating, 3 notes, 2 questions, 2 stances")
        let text = String(decoding: export.json, as: UTF8.self)
        #expect(text.contains(#""format" : "weigh-personal-data""#) && text.contains(#""version" : 1"#))

        let target = try StoreFixture()
        let other = try target.open()
        try other.add("about", 0)  // so the imported bookmark gets another id
        let first = try other.importPersonalData(export.json)
        #expect(first.added.total == 9 && first.skipped == 0 && first.updated == 0)
        let records = try other.decisionRecords()
        let original = try store.decisionRecords()
        #expect(records.importance == original.importance)
        #expect(records.questions.map(\.text) == ["First?", "Second?"] && records.questions[1].claim == DecisionRecordsTests.claim)
        #expect(records.stances.map(\.leaning) == [.unsure, .towards] && records.stances[1].sure?.letters == "YYNY")
        #expect(records.notes.map(\.text) == original.notes.map(\.text))
        let importedBookmark = try #require(try other.allBookmarks().first { $0.label == "mark" })
        #expect(records.notes[2].target == .bookmark(id: importedBookmark.id) && importedBookmark.id != 1)

        let second = try other.importPersonalData(export.json)
        #expect(second.added.total == 0 && second.updated == 0 && second.skipped == 9)
        #expect(try other.decisionRecords() == records)
        #expect(try store.importPersonalData(export.json).added.total == 0, "a store's own export adds nothing")
    }

    @Test func aNewerRatingOrEditedNoteReplacesTheOlderOne() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.setImportance(.little, forTopic: "cost")
        let note = try store.addNote("first words", on: .topic(id: "cost"))
        let older = try store.exportPersonalData().json
        try store.setImportance(.most, forTopic: "cost")
        try store.editNote(id: note.id, text: "second words")
        let newer = try store.exportPersonalData().json

        let target = try StoreFixture()
        let other = try target.open()
        _ = try other.importPersonalData(older)
        #expect(try other.importPersonalData(newer).updated == 2)
        #expect(try other.importPersonalData(older).skipped == 2)
        let records = try other.decisionRecords()
        #expect(records.importance == ["cost": .most] && records.notes.map(\.text) == ["second words"])
    }

    @Test(arguments: [
        (#"{"format": "weigh-personal-data", "version": 2}"#, "version 2 is newer than this weigh reads (up to 1)"),
        (#"{"format": "weigh-bookmarks", "version": 1}"#, #"not a weigh personal data file ("format" must be "weigh-personal-data")"#),
        (#"{"format": "weigh-personal-data", "version": 1, "importance": [{"topic": "a", "level": 5, "updatedAt": "2026-01-01T00:00:00Z"}]}"#,
         "importance[0].level: must be 1, 2, 3 or 4"),
        (#"{"format": "weigh-personal-data", "version": 1, "questions": [{"text": "q", "position": 1.5, "createdAt": "2026-01-01T00:00:00Z"}]}"#,
         "questions[0].position: must be a whole number"),
        (#"{"format": "weigh-personal-data", "version": 1, "notes": [{"on": "bookmark", "bookmark": 0, "text": "t", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z"}]}"#,
         "notes[0].bookmark: must be the index of one of the file's bookmarks (0 to -1)"),
        (#"{"format": "weigh-personal-data", "version": 1, "stances": [{"leaning": "towards", "recordedAt": "yesterday"}]}"#,
         "stances[0].recordedAt: not an ISO 8601 date and time such as 2026-11-25T14:05:12.000Z"),
        (#"{"format": "weigh-personal-data", "version": 1, "notes": [{"on": "topic", "topic": "t", "text": " ", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z"}]}"#,
         "notes[0].text: the note is empty"),
        ("[1, 2", "not valid JSON"),
    ])
    func aBadFileIsRefusedNamingThePlaceAndNothingIsWritten(file: String, problem: String) throws {
        let fixture = try StoreFixture()
        let store = try Self.filled(fixture)
        let before = try store.decisionRecords()
        // A valid stance first: the whole file is refused, not just the bad part.
        let withValidStart = file.replacingOccurrences(
            of: #""version": 1,"#, with: #""version": 1, "bookmarks": [], "stances": [{"leaning": "against", "recordedAt": "2026-01-01T00:00:00Z"}],"#)
        for data in [file, withValidStart].map({ Data($0.utf8) }) where !(file.contains("stances") && data != Data(file.utf8)) {
            #expect(throws: PersonalStoreError.invalidPersonalData(problem)) { try store.importPersonalData(data) }
        }
        #expect(try store.decisionRecords() == before)
        #expect(PersonalStoreError.invalidPersonalData(problem).description.hasSuffix("; nothing was imported"))
    }
}
