import ArticleKit

/// `weigh check --report`: for each article, what kind of source it rests
/// on and what evidence that source shows, how much it says on each side
/// (claims and words), and how hard its text is to read. Facts side by
/// side, never a score or a ranking.
public enum LibraryReport {
    public static func lines(for library: Library) -> [String] {
        var lines: [String] = []
        for article in library.articles {
            lines.append("\(article.id): \(article.title)")
            if let source = article.source {
                lines.append("  source: \(SourceWording.kindPhrase(source)); \(SourceWording.evidence(source)); interest: \(source.interest ?? "not recorded")")
            } else {
                lines.append("  source: none recorded")
            }
            lines.append("  balance: \(article.balance.description)")
            let grade = article.readingGrade.map { $0.description + ($0.grade.map { $0 > 8 ? "; above the grade 8 plain-language guidance" : "; within the grade 8 plain-language guidance" } ?? "") }
            lines.append("  reading: \(grade ?? "not worked out")")
        }
        lines.append("Balance counts what the library's claims say on each side; it is not a measure of evidence.")
        lines.append(SourceWording.disclaimer)
        return lines
    }
}
