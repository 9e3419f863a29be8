/// How much a topic matters to the person deciding, in their own rating:
/// stored as 0–4 and always shown in words.
public enum Importance: Int, Hashable, Sendable, CaseIterable, Codable, Comparable {
    case notRated = 0
    case little = 1
    case some = 2
    case aLot = 3
    case most = 4

    /// "matters a lot to you"; "not rated" for `notRated`.
    public var words: String {
        switch self {
        case .notRated: "not rated"
        case .little: "matters little to you"
        case .some: "matters some to you"
        case .aLot: "matters a lot to you"
        case .most: "matters most to you"
        }
    }

    public static func < (lhs: Importance, rhs: Importance) -> Bool { lhs.rawValue < rhs.rawValue }
}
