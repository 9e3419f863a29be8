/// Where the person stands on trying the treatment, in their own words.
public enum Leaning: String, Hashable, Sendable, CaseIterable, Codable {
    case towards
    case unsure
    case against
    case undecided

    public var words: String {
        switch self {
        case .towards: "leaning towards trying it"
        case .unsure: "unsure"
        case .against: "leaning against it"
        case .undecided: "not deciding yet"
        }
    }
}
