import ArticleKit

/// The JSON form of one article in `weigh list --json`.
struct ArticleSummary: Encodable {
    var id: String
    var title: String
    var file: String
    var summary: String?
    var source: SourceSummary?
    var sections: [String]
    var benefitClaims: Int
    var riskClaims: Int
    var precautionClaims: Int
    var balance: Balance
    var readingGrade: Grade?

    init(_ article: Article) {
        id = article.id
        title = article.title
        file = TextSanitizer.clean(article.fileName)
        summary = article.summary
        source = article.source.map(SourceSummary.init)
        sections = article.allSections.map(\.slug)
        let balance = article.balance
        benefitClaims = balance.benefits.claims
        riskClaims = balance.risks.claims
        precautionClaims = balance.precautions.claims
        self.balance = Balance(balance)
        readingGrade = article.readingGrade.map(Grade.init)
    }
}

extension ArticleSummary {
    /// Claims and words on each side, as data.
    struct Balance: Encodable {
        struct Side: Encodable {
            var claims: Int
            var words: Int
        }

        var benefits: Side
        var risks: Side
        var precautions: Side

        init(_ balance: ArticleBalance) {
            func side(_ stance: Stance) -> Side { Side(claims: balance.side(stance).claims, words: balance.side(stance).words) }
            benefits = side(.benefit)
            risks = side(.risk)
            precautions = side(.precaution)
        }
    }

    /// The Flesch–Kincaid grade and what it was worked out from.
    struct Grade: Encodable {
        var fleschKincaid: Double?
        var words: Int
        var sentences: Int
        var syllables: Int

        init(_ grade: ReadingGrade) {
            fleschKincaid = grade.grade.map { ($0 * 10).rounded() / 10 }
            words = grade.words
            sentences = grade.sentences
            syllables = grade.syllables
        }
    }
}
