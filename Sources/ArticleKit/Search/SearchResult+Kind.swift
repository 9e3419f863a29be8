extension SearchResult {
    /// What part of an article a match is in. The cases are in ranking
    /// order: a title match ranks before a heading match, and so on down to
    /// the body.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Comparable {
        case title
        case heading
        case claim
        case summary
        case body

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }
}
