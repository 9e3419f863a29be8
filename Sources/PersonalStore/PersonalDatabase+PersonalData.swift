import DecisionKit
import Foundation
import GRDB

extension PersonalDatabase {
    /// Everything personal in the documented format
    /// (docs/personal-data-format.md) and how much of each kind, from one
    /// read. A note on a bookmark that has since been deleted stays in the
    /// store (the bookmark may be restored) but is not exported: the file
    /// has no bookmark for it to point at.
    public func exportPersonalData() throws(PersonalStoreError) -> PersonalDataExport {
        let (bookmarks, ratings, records) = try read { db in
            (Array(try Bookmark.fetchAll(db).reversed()),
             try Row.fetchAll(db, sql: DecisionRows.importanceQuery).compactMap(DecisionRows.importance),
             try Self.decisionRecords(in: db))
        }
        func iso(_ date: Date) -> String { Timestamp.iso8601(milliseconds: Timestamp.milliseconds(date)) }
        var file = PersonalDataFile()
        file.bookmarks = bookmarks.map(BookmarkRecord.init)
        let indexByID = Dictionary(bookmarks.enumerated().map { ($1.id, $0) }) { first, _ in first }
        file.importance = ratings.map { .init(topic: $0.topicID, level: $0.level.rawValue, updatedAt: Timestamp.iso8601(milliseconds: $0.updatedAt)) }
        file.notes = records.notes.compactMap { note in
            var entry = PersonalDataFile.Note(on: "", text: note.text, createdAt: iso(note.createdAt), updatedAt: iso(note.updatedAt))
            switch note.target {
            case .claim(let claim): (entry.on, entry.claim) = ("claim", claim)
            case .topic(let id): (entry.on, entry.topic) = ("topic", id)
            case .bookmark(let id):
                guard let index = indexByID[id] else { return nil }
                (entry.on, entry.bookmark) = ("bookmark", index)
            }
            return entry
        }
        file.questions = records.questions.map { .init(text: $0.text, position: $0.position, claim: $0.claim, createdAt: iso($0.createdAt)) }
        file.stances = records.stances.map { .init(leaning: $0.leaning.rawValue, sure: $0.sure?.letters, recordedAt: iso($0.recordedAt)) }
        var counts = PersonalDataCounts()
        (counts.bookmarks, counts.ratings, counts.notes) = (file.bookmarks.count, file.importance.count, file.notes.count)
        (counts.questions, counts.stances) = (file.questions.count, file.stances.count)
        do {
            return PersonalDataExport(json: try file.encoded(), counts: counts)
        } catch {
            throw .databaseFailure(path: databaseURL.path, reason: "cannot encode the personal data (\(error))")
        }
    }

    /// Merges a file made by `exportPersonalData`. The whole file is
    /// checked first; any problem throws `invalidPersonalData` and nothing
    /// is written. Then everything goes in in one transaction, skipping
    /// what the store already has (docs/personal-data-format.md says what
    /// counts as the same record), so importing a file twice changes
    /// nothing.
    public func importPersonalData(_ data: Data) throws(PersonalStoreError) -> PersonalDataImportSummary {
        let incoming = try PersonalDataImport(try PersonalDataFile.decode(data))
        return try write { db in
            var summary = PersonalDataImportSummary()
            let bookmarkIDs = try Self.mergeBookmarks(incoming.bookmarks, into: db, &summary)
            try Self.mergeRatings(incoming.ratings, into: db, &summary)
            try Self.mergeNotes(incoming.notes, bookmarkIDs: bookmarkIDs, into: db, &summary)
            try Self.mergeQuestions(incoming.questions, into: db, &summary)
            try Self.mergeStances(incoming.stances, into: db, &summary)
            return summary
        }
    }

    /// Adds the bookmarks not already stored; returns the store id of each
    /// of the file's bookmarks, new or matched, in file order.
    private static func mergeBookmarks(_ bookmarks: [Bookmark], into db: Database, _ summary: inout PersonalDataImportSummary) throws -> [Int64] {
        var known = Dictionary(try Bookmark.fetchAll(db).map { (BookmarkIdentity($0), $0.id) }) { first, _ in first }
        return try bookmarks.map { bookmark in
            if let id = known[BookmarkIdentity(bookmark)] {
                summary.skipped += 1
                return id
            }
            try db.execute(sql: "INSERT INTO bookmark (\(Bookmark.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: bookmark.arguments(keepingID: false))
            known[BookmarkIdentity(bookmark)] = db.lastInsertedRowID
            summary.added.bookmarks += 1
            return db.lastInsertedRowID
        }
    }

    /// One rating per topic: the file's replaces the store's only when it
    /// was made later.
    private static func mergeRatings(_ ratings: [(topicID: String, level: Importance, updatedAt: Int64)], into db: Database,
                                     _ summary: inout PersonalDataImportSummary) throws {
        var times = Dictionary(try Row.fetchAll(db, sql: DecisionRows.importanceQuery).compactMap(DecisionRows.importance)
            .map { ($0.topicID, $0.updatedAt) }) { first, _ in first }
        for rating in ratings {
            if let stored = times[rating.topicID] {
                guard rating.updatedAt > stored else {
                    summary.skipped += 1
                    continue
                }
                summary.updated += 1
            } else {
                summary.added.ratings += 1
            }
            try db.execute(sql: "INSERT OR REPLACE INTO topicImportance (topicID, level, updatedAt) VALUES (?, ?, ?)",
                           arguments: [rating.topicID, rating.level.rawValue, rating.updatedAt])
            times[rating.topicID] = rating.updatedAt
        }
    }

    /// What makes two notes the same: what they are on and when they were
    /// written. The one edited later keeps its text.
    private struct NoteKey: Hashable {
        var kind: String
        var target: String
        var createdAt: Int64
    }

    private static func mergeNotes(_ notes: [PersonalDataImport.Note], bookmarkIDs: [Int64], into db: Database,
                                   _ summary: inout PersonalDataImportSummary) throws {
        var known: [NoteKey: (id: Int64, updatedAt: Int64)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, targetKind, target, createdAt, updatedAt FROM personalNote") {
            known[NoteKey(kind: row["targetKind"], target: row["target"], createdAt: row["createdAt"])] = (row["id"], row["updatedAt"])
        }
        for note in notes {
            let target: NoteTarget = switch note.target {
            case .claim(let claim): .claim(claim)
            case .topic(let id): .topic(id: id)
            case .bookmark(let index): .bookmark(id: bookmarkIDs[index])
            }
            let (kind, key, _) = DecisionRows.targetValues(target)
            let noteKey = NoteKey(kind: kind, target: key, createdAt: note.createdAt)
            if let stored = known[noteKey] {
                guard note.updatedAt > stored.updatedAt else {
                    summary.skipped += 1
                    continue
                }
                try db.execute(sql: "UPDATE personalNote SET text = ?, updatedAt = ? WHERE id = ?", arguments: [note.text, note.updatedAt, stored.id])
                known[noteKey] = (stored.id, note.updatedAt)
                summary.updated += 1
            } else {
                try insertNote(note.text, on: target, createdAt: note.createdAt, updatedAt: note.updatedAt, in: db)
                known[noteKey] = (db.lastInsertedRowID, note.updatedAt)
                summary.added.notes += 1
            }
        }
    }

    /// What makes two questions the same: their text and when they were
    /// asked. New ones go after the store's, in the file's order.
    private struct QuestionKey: Hashable {
        var text: String
        var createdAt: Int64
    }

    private static func mergeQuestions(_ questions: [PersonalDataImport.Question], into db: Database,
                                       _ summary: inout PersonalDataImportSummary) throws {
        let stored = try Self.questions(in: db)
        var known = Set(stored.map { QuestionKey(text: $0.text, createdAt: Timestamp.milliseconds($0.createdAt)) })
        var position = stored.count
        let ordered = questions.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }.map(\.element)
        for question in ordered {
            guard known.insert(QuestionKey(text: question.text, createdAt: question.createdAt)).inserted else {
                summary.skipped += 1
                continue
            }
            try insertQuestion(question.text, position: position, claim: question.claim, createdAt: question.createdAt, in: db)
            position += 1
            summary.added.questions += 1
        }
    }

    /// What makes two stance entries the same: leaning, SURE answers and
    /// time, all equal.
    private static func mergeStances(_ stances: [PersonalDataImport.Stance], into db: Database,
                                     _ summary: inout PersonalDataImportSummary) throws {
        var known = Set(try Row.fetchAll(db, sql: DecisionRows.stancesQuery).compactMap(DecisionRows.stance).map {
            PersonalDataImport.Stance(leaning: $0.leaning, sure: $0.sure, recordedAt: Timestamp.milliseconds($0.recordedAt))
        })
        for stance in stances {
            guard known.insert(stance).inserted else {
                summary.skipped += 1
                continue
            }
            try insertStance(stance.leaning, sure: stance.sure, recordedAt: stance.recordedAt, in: db)
            summary.added.stances += 1
        }
    }
}
