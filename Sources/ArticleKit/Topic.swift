/// One subject the comparison is organised by, from `topics.yaml`:
/// a stable id, a short title and the question a reader would ask.
public struct Topic: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var question: String

    public init(id: String, title: String, question: String) {
        self.id = id
        self.title = title
        self.question = question
    }
}
