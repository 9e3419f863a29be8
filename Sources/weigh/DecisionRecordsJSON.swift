import DecisionKit
import Foundation
import ReaderUI

/// The JSON form of `weigh decision show --format json`: the records as
/// data, sorted (ratings by topic, notes oldest first, questions in the
/// person's order, stances oldest first), each note with the claim's text
/// and source as written. A value that is absent (a note's `topic` when it
/// is on a claim) is left out.
struct DecisionRecordsJSON: Encodable {
    struct Rating: Encodable {
        var topic: String
        var level: Int
        var words: String
    }

    struct Claim: Encodable {
        var ref: String
        var text: String
        var stance: String
        var topic: String
        var article: String
        var articleTitle: String

        init(_ claim: ClaimSnapshot) {
            (ref, text, stance, topic) = (claim.ref, claim.text, claim.stance, claim.topicID)
            (article, articleTitle) = (claim.articleID, claim.articleTitle)
        }
    }

    struct Note: Encodable {
        var id: Int64
        /// `claim`, `topic` or `bookmark`.
        var on: String
        var claim: Claim?
        var topic: String?
        var bookmark: Int64?
        var text: String
        var createdAt: String
        var updatedAt: String

    }

    struct Question: Encodable {
        var id: Int64
        var position: Int
        var text: String
        var claim: Claim?
        var createdAt: String

    }

    struct Stance: Encodable {
        var leaning: String
        var words: String
        /// The SURE answers as `YNYN`, or null.
        var sure: String?
        var recordedAt: String

    }

    var importance: [Rating]
    var notes: [Note]
    var questions: [Question]
    var stances: [Stance]
    var note = SourceWording.disclaimer

    init(_ records: DecisionRecords) {
        importance = records.importance.sorted { $0.key < $1.key }.map { Rating(topic: $0.key, level: $0.value.rawValue, words: $0.value.words) }
        notes = records.notes.map { note in
            var entry = Note(id: note.id, on: "", text: note.text, createdAt: Self.time(note.createdAt), updatedAt: Self.time(note.updatedAt))
            switch note.target {
            case .claim(let claim): (entry.on, entry.claim) = ("claim", Claim(claim))
            case .topic(let id): (entry.on, entry.topic) = ("topic", id)
            case .bookmark(let id): (entry.on, entry.bookmark) = ("bookmark", id)
            }
            return entry
        }
        questions = records.questions.map {
            Question(id: $0.id, position: $0.position, text: $0.text, claim: $0.claim.map(Claim.init), createdAt: Self.time($0.createdAt))
        }
        stances = records.stances.map {
            Stance(leaning: $0.leaning.rawValue, words: $0.leaning.words, sure: $0.sure?.letters, recordedAt: Self.time($0.recordedAt))
        }
    }

    /// ISO 8601 in UTC with milliseconds, as in export files.
    static func time(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
