import DecisionKit

/// A personal-data file checked strictly and cleaned, ready to merge: an
/// import refuses what the store's own functions would refuse (too long,
/// empty, out of range), naming the place, before anything is written.
struct PersonalDataImport {
    /// A note's target; a bookmark by its index in `bookmarks`.
    enum Target: Hashable {
        case claim(ClaimSnapshot)
        case topic(String)
        case bookmark(index: Int)
    }

    struct Note {
        var target: Target
        var text: String
        var createdAt: Int64
        var updatedAt: Int64
    }

    struct Question {
        var text: String
        var position: Int
        var claim: ClaimSnapshot?
        var createdAt: Int64
    }

    struct Stance: Hashable {
        var leaning: Leaning
        var sure: SureAnswers?
        var recordedAt: Int64
    }

    var bookmarks: [Bookmark] = []
    var ratings: [(topicID: String, level: Importance, updatedAt: Int64)] = []
    var notes: [Note] = []
    var questions: [Question] = []
    var stances: [Stance] = []

    init(_ file: PersonalDataFile) throws(PersonalStoreError) {
        for (index, entry) in file.bookmarks.enumerated() {
            do {
                bookmarks.append(try PersonalDatabase.validated(entry, at: index))
            } catch {
                guard case .invalidImport(let reason) = error else { throw error }
                throw .invalidPersonalData(reason)
            }
        }
        for (index, rating) in file.importance.enumerated() {
            let place = "importance[\(index)]"
            guard let level = Importance(rawValue: rating.level), level != .notRated else {
                throw .invalidPersonalData("\(place).level: must be 1, 2, 3 or 4")
            }
            ratings.append((try Self.checked(place + ".topic") { () throws(PersonalStoreError) in try DecisionText.identifier(rating.topic, "topic id") },
                            level, try Self.time(rating.updatedAt, place + ".updatedAt")))
        }
        for (index, note) in file.notes.enumerated() {
            let place = "notes[\(index)]"
            notes.append(Note(
                target: try target(of: note, at: place),
                text: try Self.checked(place + ".text") { () throws(PersonalStoreError) in try DecisionText.note(note.text) },
                createdAt: try Self.time(note.createdAt, place + ".createdAt"), updatedAt: try Self.time(note.updatedAt, place + ".updatedAt")))
        }
        for (index, question) in file.questions.enumerated() {
            let place = "questions[\(index)]"
            guard question.position >= 0 else { throw .invalidPersonalData("\(place).position: must be 0 or more") }
            questions.append(Question(
                text: try Self.checked(place + ".text") { () throws(PersonalStoreError) in try DecisionText.question(question.text) },
                position: question.position, claim: try question.claim.map { (claim) throws(PersonalStoreError) in try Self.claim(claim, place + ".claim") },
                createdAt: try Self.time(question.createdAt, place + ".createdAt")))
        }
        for (index, stance) in file.stances.enumerated() {
            let place = "stances[\(index)]"
            guard let leaning = Leaning(rawValue: stance.leaning) else {
                throw .invalidPersonalData("\(place).leaning: must be \(Leaning.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var sure: SureAnswers?
            if let letters = stance.sure {
                guard let answers = SureAnswers(letters: letters) else {
                    throw .invalidPersonalData("\(place).sure: must be four letters Y or N, such as YNYN")
                }
                sure = answers
            }
            stances.append(Stance(leaning: leaning, sure: sure, recordedAt: try Self.time(stance.recordedAt, place + ".recordedAt")))
        }
    }

    private func target(of note: PersonalDataFile.Note, at place: String) throws(PersonalStoreError) -> Target {
        switch note.on {
        case "claim":
            guard let claim = note.claim else { throw .invalidPersonalData("\(place).claim: missing (the note is on a claim)") }
            return .claim(try Self.claim(claim, place + ".claim"))
        case "topic":
            guard let topic = note.topic else { throw .invalidPersonalData("\(place).topic: missing (the note is on a topic)") }
            return .topic(try Self.checked(place + ".topic") { () throws(PersonalStoreError) in try DecisionText.identifier(topic, "topic id") })
        case "bookmark":
            guard let index = note.bookmark, bookmarks.indices.contains(index) else {
                throw .invalidPersonalData("\(place).bookmark: must be the index of one of the file's bookmarks (0 to \(bookmarks.count - 1))")
            }
            return .bookmark(index: index)
        default:
            throw .invalidPersonalData("\(place).on: must be claim, topic or bookmark")
        }
    }

    private static func claim(_ claim: ClaimSnapshot, _ place: String) throws(PersonalStoreError) -> ClaimSnapshot {
        guard claim.text.count <= DecisionText.maximumClaimTextLength else {
            throw .invalidPersonalData("\(place).text: longer than \(DecisionText.maximumClaimTextLength) characters")
        }
        for (field, value) in [("stance", claim.stance), ("topicID", claim.topicID), ("articleID", claim.articleID), ("articleTitle", claim.articleTitle)]
        where value.count > DecisionText.maximumClaimFieldLength {
            throw .invalidPersonalData("\(place).\(field): longer than \(DecisionText.maximumClaimFieldLength) characters")
        }
        return try checked(place + ".ref") { () throws(PersonalStoreError) in try DecisionText.claim(claim) }
    }

    /// Runs a store check, naming `place` in its message.
    private static func checked<T>(_ place: String, _ body: () throws(PersonalStoreError) -> T) throws(PersonalStoreError) -> T {
        do {
            return try body()
        } catch {
            guard case .invalidRecord(let reason) = error else { throw error }
            throw .invalidPersonalData("\(place): \(reason)")
        }
    }

    private static func time(_ text: String, _ place: String) throws(PersonalStoreError) -> Int64 {
        guard let milliseconds = Timestamp.parseISO8601(text) else {
            throw .invalidPersonalData("\(place): not an ISO 8601 date and time such as 2026-11-25T14:05:12.000Z")
        }
        return milliseconds
    }
}
