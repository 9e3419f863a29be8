import ArticleKit

extension DecisionRecords {
    /// The records with every text the person wrote, and every claim text
    /// kept with it, made safe for a terminal (`TextSanitizer`).
    public var cleaned: DecisionRecords {
        func clean(_ snapshot: ClaimSnapshot) -> ClaimSnapshot {
            var snapshot = snapshot
            snapshot.text = TextSanitizer.clean(snapshot.text)
            snapshot.articleTitle = TextSanitizer.clean(snapshot.articleTitle)
            return snapshot
        }
        var copy = self
        copy.notes = notes.map { note in
            var note = note
            note.text = TextSanitizer.clean(note.text, keepNewlines: true)
            if case .claim(let snapshot) = note.target { note.target = .claim(clean(snapshot)) }
            return note
        }
        copy.questions = questions.map { question in
            var question = question
            question.text = TextSanitizer.clean(question.text)
            question.claim = question.claim.map(clean)
            return question
        }
        return copy
    }
}
