import ArticleKit

/// The "About this source" block that opens an article with a source: who
/// published it, when, what kind of site it is, what interest it shows,
/// what evidence it gives, how much the article says on each side and how
/// hard its text is to read. The reader draws it under the article's
/// title and `weigh show` prints it there; both take it from here.
public enum SourceAbout {
    /// The block, or none for an article without a source (such as the
    /// library's own about page). `disclaimer` adds the not-medical-advice
    /// line (left out where the rendering ends with it anyway).
    public static func blocks(for article: Article, disclaimer: Bool = true) -> [Block] {
        guard let source = article.source else { return [] }
        var spans = [InlineSpan("About this source", style: .strong)]
        func line(_ label: String, _ value: String, link: String? = nil) {
            spans += [.lineBreak, InlineSpan(label + ": ", style: .strong), InlineSpan(value, style: link == nil ? [] : .link, url: link)]
        }
        // The source's address is a link (its text is the address, so it
        // is not written twice): `o` offers it while it is on screen.
        for fact in SourceWording.facts(of: source) {
            line(fact.label, fact.value, link: fact.value == source.url && fact.label == SourceWording.addressLabel ? source.url : nil)
        }
        if !article.isPartial {
            line("Claims drawn here", article.balance.description)
        }
        if let grade = article.readingGrade {
            line("This summary reads at", grade.description + "; plain-language guidance aims at grade 8 or lower")
        }
        if disclaimer {
            spans += [.lineBreak, InlineSpan(SourceWording.disclaimer, style: .emphasis)]
        }
        return [.quote([.paragraph(spans)])]
    }
}
