/// What kind of site or document a source is: a closed vocabulary, so a
/// reader can tell a clinic's page from a study at a glance.
public enum SourceKind: String, Hashable, Sendable, CaseIterable {
    case clinicOrProvider = "clinic-or-provider"
    case referralService = "referral-service"
    case news
    case blog
    case review
    case study
    case government
    case other
    /// The page does not show what kind of site it is.
    case unknown

    /// The kind in words, for sentences and the source legend.
    public var words: String {
        switch self {
        case .clinicOrProvider: "clinic or provider"
        case .referralService: "referral service"
        case .news: "news"
        case .blog: "blog"
        case .review: "review"
        case .study: "study"
        case .government: "government"
        case .other: "other"
        case .unknown: "not shown"
        }
    }

    /// One word for a claim's tag (`[2 referral ○]`).
    public var tag: String {
        switch self {
        case .clinicOrProvider: "clinic"
        case .referralService: "referral"
        case .government: "gov"
        case .unknown: "unknown"
        default: rawValue
        }
    }
}
