import DecisionKit
import Foundation
import GRDB

extension PersonalDatabase {
    /// Rates how much a topic matters; `.notRated` removes the rating.
    /// The rating is durable when this returns.
    public func setImportance(_ level: Importance, forTopic topicID: String) throws(PersonalStoreError) {
        let topicID = try DecisionText.identifier(topicID, "topic id")
        let updatedAt = Timestamp.milliseconds(clock())
        try write { db in
            if level == .notRated {
                try db.execute(sql: "DELETE FROM topicImportance WHERE topicID = ?", arguments: [topicID])
            } else {
                try db.execute(sql: "INSERT OR REPLACE INTO topicImportance (topicID, level, updatedAt) VALUES (?, ?, ?)",
                               arguments: [topicID, level.rawValue, updatedAt])
            }
        }
    }

    /// Saves a new note and returns it as stored. A note on a claim keeps
    /// the claim as written; a note on a bookmark needs the bookmark to
    /// exist.
    @discardableResult
    public func addNote(_ text: String, on target: NoteTarget) throws(PersonalStoreError) -> PersonalNote {
        let text = try DecisionText.note(text)
        let target = try Self.cleaned(target)
        let now = Timestamp.milliseconds(clock())
        let id: Int64? = try write { db in
            if case .bookmark(let bookmarkID) = target,
               try Int.fetchOne(db, sql: "SELECT count(*) FROM bookmark WHERE id = ?", arguments: [bookmarkID]) == 0 {
                return nil
            }
            try Self.insertNote(text, on: target, createdAt: now, updatedAt: now, in: db)
            return db.lastInsertedRowID
        }
        guard let id else {
            guard case .bookmark(let bookmarkID) = target else { throw .noSuchRecord("note target") }
            throw .noSuchBookmark(id: bookmarkID)
        }
        return PersonalNote(id: id, target: target, text: text, createdAt: Timestamp.date(milliseconds: now), updatedAt: Timestamp.date(milliseconds: now))
    }

    /// Replaces a note's text and returns the note as stored.
    @discardableResult
    public func editNote(id: Int64, text: String) throws(PersonalStoreError) -> PersonalNote {
        let text = try DecisionText.note(text)
        let now = Timestamp.milliseconds(clock())
        let edited: PersonalNote? = try write { db in
            try db.execute(sql: "UPDATE personalNote SET text = ?, updatedAt = ? WHERE id = ?", arguments: [text, now, id])
            return try Self.note(id: id, in: db)
        }
        guard let edited else { throw .noSuchRecord("note #\(id)") }
        return edited
    }

    /// Deletes a note and returns it, or nil if there was none.
    @discardableResult
    public func deleteNote(id: Int64) throws(PersonalStoreError) -> PersonalNote? {
        try write { db in
            let note = try Self.note(id: id, in: db)
            try db.execute(sql: "DELETE FROM personalNote WHERE id = ?", arguments: [id])
            return note
        }
    }

    /// Adds a question at the end of the list (optionally about a claim,
    /// kept as written) and returns it.
    @discardableResult
    public func addQuestion(_ text: String, claim: ClaimSnapshot? = nil) throws(PersonalStoreError) -> ClinicianQuestion {
        let text = try DecisionText.question(text)
        let claim = try claim.map { (claim) throws(PersonalStoreError) in try DecisionText.claim(claim) }
        let now = Timestamp.milliseconds(clock())
        let (id, position): (Int64, Int) = try write { db in
            // Inside the write transaction: two processes adding at once
            // still get different places.
            let position = try Int.fetchOne(db, sql: "SELECT count(*) FROM clinicianQuestion") ?? 0
            try Self.insertQuestion(text, position: position, claim: claim, createdAt: now, in: db)
            return (db.lastInsertedRowID, position)
        }
        return ClinicianQuestion(id: id, text: text, position: position, claim: claim, createdAt: Timestamp.date(milliseconds: now))
    }

    /// Replaces a question's text and returns it as stored.
    @discardableResult
    public func editQuestion(id: Int64, text: String) throws(PersonalStoreError) -> ClinicianQuestion {
        let text = try DecisionText.question(text)
        let edited: ClinicianQuestion? = try write { db in
            try db.execute(sql: "UPDATE clinicianQuestion SET text = ? WHERE id = ?", arguments: [text, id])
            return try Self.questions(in: db).first { $0.id == id }
        }
        guard let edited else { throw .noSuchRecord("question #\(id)") }
        return edited
    }

    /// Moves a question to `position` (clamped to the list) and returns
    /// the whole list in its new order.
    @discardableResult
    public func moveQuestion(id: Int64, to position: Int) throws(PersonalStoreError) -> [ClinicianQuestion] {
        let moved: [ClinicianQuestion]? = try write { db in
            var ids = try Self.questions(in: db).map(\.id)
            guard let from = ids.firstIndex(of: id) else { return nil }
            ids.remove(at: from)
            ids.insert(id, at: min(max(position, 0), ids.count))
            try Self.renumber(ids, in: db)
            return try Self.questions(in: db)
        }
        guard let moved else { throw .noSuchRecord("question #\(id)") }
        return moved
    }

    /// Deletes a question (the rest close up) and returns it, or nil if
    /// there was none.
    @discardableResult
    public func deleteQuestion(id: Int64) throws(PersonalStoreError) -> ClinicianQuestion? {
        try write { db in
            let questions = try Self.questions(in: db)
            guard let question = questions.first(where: { $0.id == id }) else { return nil }
            try db.execute(sql: "DELETE FROM clinicianQuestion WHERE id = ?", arguments: [id])
            try Self.renumber(questions.map(\.id).filter { $0 != id }, in: db)
            return question
        }
    }

    /// Records where the person stands now, with the time; earlier
    /// entries are kept (the history shows how it moved).
    @discardableResult
    public func recordStance(_ leaning: Leaning, sure: SureAnswers? = nil) throws(PersonalStoreError) -> StanceEntry {
        let now = Timestamp.milliseconds(clock())
        let id: Int64 = try write { db in
            try Self.insertStance(leaning, sure: sure, recordedAt: now, in: db)
            return db.lastInsertedRowID
        }
        return StanceEntry(id: id, leaning: leaning, sure: sure, recordedAt: Timestamp.date(milliseconds: now))
    }

    /// Everything recorded, from one read.
    public func decisionRecords() throws(PersonalStoreError) -> DecisionRecords {
        try read(Self.decisionRecords(in:))
    }

    static func decisionRecords(in db: Database) throws -> DecisionRecords {
        DecisionRecords(
            importance: try importance(in: db),
            notes: try Row.fetchAll(db, sql: DecisionRows.notesQuery).compactMap(DecisionRows.note),
            questions: try questions(in: db),
            stances: try Row.fetchAll(db, sql: DecisionRows.stancesQuery).compactMap(DecisionRows.stance))
    }

    static func importance(in db: Database) throws -> [String: Importance] {
        let rows = try Row.fetchAll(db, sql: DecisionRows.importanceQuery).compactMap(DecisionRows.importance)
        return Dictionary(rows.map { ($0.topicID, $0.level) }) { _, last in last }
    }

    static func questions(in db: Database) throws -> [ClinicianQuestion] {
        try Row.fetchAll(db, sql: DecisionRows.questionsQuery).compactMap(DecisionRows.question)
    }

    private static func note(id: Int64, in db: Database) throws -> PersonalNote? {
        try Row.fetchAll(db, sql: DecisionRows.notesQuery).lazy.compactMap(DecisionRows.note).first { $0.id == id }
    }

    /// Gives the questions positions 0, 1, 2… in `ids` order.
    private static func renumber(_ ids: [Int64], in db: Database) throws {
        for (position, id) in ids.enumerated() {
            try db.execute(sql: "UPDATE clinicianQuestion SET position = ? WHERE id = ? AND position != ?", arguments: [position, id, position])
        }
    }

    static func insertNote(_ text: String, on target: NoteTarget, createdAt: Int64, updatedAt: Int64, in db: Database) throws {
        let (kind, key, claim) = DecisionRows.targetValues(target)
        let arguments: [(any DatabaseValueConvertible)?] = [kind, key] + DecisionRows.claimValues(claim) + [text, createdAt, updatedAt]
        try db.execute(sql: """
            INSERT INTO personalNote (targetKind, target, claimText, claimStance, claimTopicID, claimArticleID, claimArticleTitle, text, createdAt, updatedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments(arguments))
    }

    static func insertQuestion(_ text: String, position: Int, claim: ClaimSnapshot?, createdAt: Int64, in db: Database) throws {
        let arguments: [(any DatabaseValueConvertible)?] = [text, position, claim?.ref] + DecisionRows.claimValues(claim) + [createdAt]
        try db.execute(sql: """
            INSERT INTO clinicianQuestion (text, position, claimRef, claimText, claimStance, claimTopicID, claimArticleID, claimArticleTitle, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments(arguments))
    }

    static func insertStance(_ leaning: Leaning, sure: SureAnswers?, recordedAt: Int64, in db: Database) throws {
        try db.execute(sql: "INSERT INTO stanceEntry (leaning, sure, recordedAt) VALUES (?, ?, ?)",
                       arguments: [leaning.rawValue, sure?.letters, recordedAt])
    }

    /// A note's target with its text cleaned.
    static func cleaned(_ target: NoteTarget) throws(PersonalStoreError) -> NoteTarget {
        switch target {
        case .claim(let claim): .claim(try DecisionText.claim(claim))
        case .topic(let id): .topic(id: try DecisionText.identifier(id, "topic id"))
        case .bookmark: target
        }
    }
}
