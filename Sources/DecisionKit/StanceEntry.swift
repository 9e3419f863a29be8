import Foundation

/// One time the person said where they stand: the leaning, the SURE
/// answers if given, and when. The history of these shows how it moved.
public struct StanceEntry: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var leaning: Leaning
    public var sure: SureAnswers?
    public var recordedAt: Date

    public init(id: Int64, leaning: Leaning, sure: SureAnswers?, recordedAt: Date) {
        self.id = id
        self.leaning = leaning
        self.sure = sure
        self.recordedAt = recordedAt
    }
}
