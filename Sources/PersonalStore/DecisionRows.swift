import DecisionKit
import Foundation

/// The queries that read decision records and how their rows become
/// values, shared by `PersonalDatabase` and `StoreSnapshot` so the reader's
/// first frame and the store always agree. Each query's column order is
/// fixed by the decoder beside it. A row the decoder does not understand
/// (a value only a check constraint should have stopped) is skipped rather
/// than trusted.
enum DecisionRows {
    /// Topic ratings: `topicID, level, updatedAt`, by topic.
    static let importanceQuery = "SELECT topicID, level, updatedAt FROM topicImportance ORDER BY topicID"
    /// Notes, oldest first.
    static let notesQuery = """
        SELECT id, targetKind, target, claimText, claimStance, claimTopicID, claimArticleID, claimArticleTitle, text, createdAt, updatedAt
        FROM personalNote ORDER BY createdAt, id
        """
    /// Questions in the person's order.
    static let questionsQuery = """
        SELECT id, text, position, claimRef, claimText, claimStance, claimTopicID, claimArticleID, claimArticleTitle, createdAt
        FROM clinicianQuestion ORDER BY position, id
        """
    /// The stance history, oldest first.
    static let stancesQuery = "SELECT id, leaning, sure, recordedAt FROM stanceEntry ORDER BY recordedAt, id"

    static func importance(_ row: some ColumnReading) -> (topicID: String, level: Importance, updatedAt: Int64)? {
        guard let topicID = row.text(0), let level = Importance(rawValue: Int(row.integer(1))), level != .notRated else { return nil }
        return (topicID, level, row.integer(2))
    }

    static func note(_ row: some ColumnReading) -> PersonalNote? {
        guard let kind = row.text(1), let target = row.text(2), let text = row.text(8) else { return nil }
        let noteTarget: NoteTarget
        switch kind {
        case "claim":
            guard let claim = claim(row, ref: target, from: 3) else { return nil }
            noteTarget = .claim(claim)
        case "topic":
            noteTarget = .topic(id: target)
        case "bookmark":
            guard let id = Int64(target) else { return nil }
            noteTarget = .bookmark(id: id)
        default:
            return nil
        }
        return PersonalNote(id: row.integer(0), target: noteTarget, text: text,
                            createdAt: Timestamp.date(milliseconds: row.integer(9)), updatedAt: Timestamp.date(milliseconds: row.integer(10)))
    }

    static func question(_ row: some ColumnReading) -> ClinicianQuestion? {
        guard let text = row.text(1) else { return nil }
        return ClinicianQuestion(id: row.integer(0), text: text, position: Int(row.integer(2)),
                                 claim: row.text(3).flatMap { claim(row, ref: $0, from: 4) },
                                 createdAt: Timestamp.date(milliseconds: row.integer(9)))
    }

    static func stance(_ row: some ColumnReading) -> StanceEntry? {
        guard let leaning = row.text(1).flatMap(Leaning.init(rawValue:)) else { return nil }
        return StanceEntry(id: row.integer(0), leaning: leaning, sure: row.text(2).flatMap(SureAnswers.init(letters:)),
                           recordedAt: Timestamp.date(milliseconds: row.integer(3)))
    }

    /// The five `claim…` columns from `first` on: text, stance, topic,
    /// article id, article title.
    private static func claim(_ row: some ColumnReading, ref: String, from first: Int32) -> ClaimSnapshot? {
        guard let text = row.text(first) else { return nil }
        return ClaimSnapshot(ref: ref, text: text, stance: row.text(first + 1) ?? "", topicID: row.text(first + 2) ?? "",
                             articleID: row.text(first + 3) ?? "", articleTitle: row.text(first + 4) ?? "")
    }

    /// Column values for a claim kept with a record: text, stance, topic,
    /// article id, article title (all NULL without a claim).
    static func claimValues(_ claim: ClaimSnapshot?) -> [String?] {
        guard let claim else { return [nil, nil, nil, nil, nil] }
        return [claim.text, claim.stance, claim.topicID, claim.articleID, claim.articleTitle]
    }

    /// A note's `targetKind` and `target` columns.
    static func targetValues(_ target: NoteTarget) -> (kind: String, target: String, claim: ClaimSnapshot?) {
        switch target {
        case .claim(let claim): ("claim", claim.ref, claim)
        case .topic(let id): ("topic", id, nil)
        case .bookmark(let id): ("bookmark", String(id), nil)
        }
    }
}
