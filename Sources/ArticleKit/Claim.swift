/// What a claim does for the treatment: speak for it, warn against it, or
/// set a condition or precaution on it ("only under supervision"). A
/// precaution is neither a benefit nor a risk, so two sources advising the
/// same care agree rather than differ.
public enum Stance: String, Hashable, Sendable, CaseIterable, Codable {
    case benefit
    case risk
    case precaution

    /// The mark that shows the stance without color: ▲ ▼ ◆.
    public var mark: String {
        switch self {
        case .benefit: "▲"
        case .risk: "▼"
        case .precaution: "◆"
        }
    }

    /// The stance's name for a count: "benefits", "risks", "precautions".
    public func noun(_ count: Int) -> String {
        count == 1 ? rawValue : rawValue + "s"
    }
}

/// One statement an article's source makes for or against the treatment,
/// or a precaution it attaches, tied to a topic and to the section of the
/// article it comes from.
public struct Claim: Hashable, Sendable {
    public var stance: Stance
    public var topicID: String
    public var text: String
    /// Slug of the section the claim is drawn from.
    public var sectionSlug: String
    /// The specific question within the topic the claim answers. Claims
    /// on the same point with opposite stances are a disagreement.
    public var point: String?

    public init(stance: Stance, topicID: String, text: String, sectionSlug: String, point: String? = nil) {
        self.stance = stance
        self.topicID = topicID
        self.text = text
        self.sectionSlug = sectionSlug
        self.point = point
    }
}
