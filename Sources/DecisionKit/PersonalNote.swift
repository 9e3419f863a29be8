import Foundation

/// A note the person wrote, on a claim, a topic or a bookmark.
public struct PersonalNote: Hashable, Sendable, Codable, Identifiable {
    /// About 100 KB of prose: far beyond any real note, small enough that
    /// reading every note at start-up stays quick.
    public static let maximumLength = 100_000

    public var id: Int64
    public var target: NoteTarget
    public var text: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: Int64, target: NoteTarget, text: String, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.target = target
        self.text = text
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
