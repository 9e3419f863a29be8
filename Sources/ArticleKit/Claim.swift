/// Whether a claim speaks for the treatment or warns against it.
public enum Stance: String, Hashable, Sendable, CaseIterable, Codable {
    case benefit
    case risk
}

/// One statement an article's source makes for or against the treatment,
/// tied to a topic and to the section of the article it comes from.
public struct Claim: Hashable, Sendable {
    public var stance: Stance
    public var topicID: String
    public var text: String
    /// Slug of the section the claim is drawn from.
    public var sectionSlug: String

    public init(stance: Stance, topicID: String, text: String, sectionSlug: String) {
        self.stance = stance
        self.topicID = topicID
        self.text = text
        self.sectionSlug = sectionSlug
    }
}
