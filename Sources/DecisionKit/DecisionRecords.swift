/// Everything the person has recorded about their decision, as the store
/// holds it: what matters to them, their notes and questions, and where
/// they stand over time. A value; the store reads and writes it.
public struct DecisionRecords: Hashable, Sendable, Codable {
    /// Topic id → rating; a topic not rated is absent.
    public var importance: [String: Importance]
    public var notes: [PersonalNote]
    /// In the person's order (`position`).
    public var questions: [ClinicianQuestion]
    /// Oldest first.
    public var stances: [StanceEntry]

    public init(importance: [String: Importance] = [:], notes: [PersonalNote] = [], questions: [ClinicianQuestion] = [], stances: [StanceEntry] = []) {
        self.importance = importance
        self.notes = notes
        self.questions = questions
        self.stances = stances
    }

    public var isEmpty: Bool { importance.isEmpty && notes.isEmpty && questions.isEmpty && stances.isEmpty }
}
