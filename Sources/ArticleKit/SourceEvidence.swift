/// What a source shows of the evidence behind what it says: a closed
/// vocabulary, shown in words and a symbol (never by color alone).
public enum SourceEvidence: String, Hashable, Sendable, CaseIterable {
    case citesStudies = "cites-studies"
    case mentionsStudiesWithoutCiting = "mentions-studies-without-citing"
    case none

    /// The evidence in words.
    public var words: String {
        switch self {
        case .citesStudies: "cites studies"
        case .mentionsStudiesWithoutCiting: "mentions studies without citing them"
        case .none: "cites no studies"
        }
    }

    /// A symbol that fills as the evidence shown grows: ● ◐ ○.
    public var symbol: String {
        switch self {
        case .citesStudies: "●"
        case .mentionsStudiesWithoutCiting: "◐"
        case .none: "○"
        }
    }
}
