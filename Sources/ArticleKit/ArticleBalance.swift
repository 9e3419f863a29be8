/// How much an article says on each side: for each stance, how many claims
/// and how many words they take. Decision-aid standards ask that benefits
/// and risks be described in comparable detail; this is the figure that
/// lets a reader see whether they are. It is a fact shown, never a verdict
/// on the treatment or the source.
public struct ArticleBalance: Hashable, Sendable {
    /// Claims and words of one stance.
    public struct Side: Hashable, Sendable {
        public var claims: Int
        public var words: Int
    }

    public var benefits: Side
    public var risks: Side
    public var precautions: Side

    public init(claims: [Claim]) {
        func side(_ stance: Stance) -> Side {
            let matching = claims.filter { $0.stance == stance }
            return Side(claims: matching.count, words: matching.reduce(0) { $0 + WordCount.of($1.text) })
        }
        benefits = side(.benefit)
        risks = side(.risk)
        precautions = side(.precaution)
    }

    public func side(_ stance: Stance) -> Side {
        switch stance {
        case .benefit: benefits
        case .risk: risks
        case .precaution: precautions
        }
    }

    /// "benefits: 8 claims, 104 words; risks: 5 claims, 70 words; …"
    /// (a stance with no claims is left out, unless all are empty).
    public var description: String {
        let parts = Stance.allCases.compactMap { stance -> String? in
            let side = side(stance)
            guard side.claims > 0 else { return nil }
            return "\(stance.noun(2)): \(side.claims) \(side.claims == 1 ? "claim" : "claims"), \(side.words) \(side.words == 1 ? "word" : "words")"
        }
        return parts.isEmpty ? "no claims" : parts.joined(separator: "; ")
    }
}
