import ArticleKit

/// An article as plain text lines at a width — what `weigh show` prints for
/// pipes and screen readers: a short header naming the source, then the
/// body laid out exactly as the reader lays it out, styles dropped.
/// The header sits under the article's own `#` heading, if it has one.
public enum PlainArticleText {
    public static func lines(for article: Article, width: Int) -> [String] {
        var body = article.blocks[...]
        var header: [Block] = []
        if case .heading(let first)? = body.first, first.level == 1 {
            header.append(body.removeFirst())
        } else {
            header.append(.heading(Heading(level: 1, text: article.title, slug: "title")))
        }
        var about: [InlineSpan] = []
        if let source = article.source {
            about.append(InlineSpan("Source: ", style: .strong))
            about.append(InlineSpan(SourceDescription.text(for: source)))
        }
        let benefits = article.claims.filter { $0.stance == .benefit }.count
        let risks = article.claims.count - benefits
        if !article.claims.isEmpty {
            if !about.isEmpty { about.append(.lineBreak) }
            about.append(InlineSpan("Claims: ", style: .strong))
            about.append(InlineSpan("\(benefits) \(benefits == 1 ? "benefit" : "benefits"), \(risks) \(risks == 1 ? "risk" : "risks")"))
        }
        if !about.isEmpty { header.append(.paragraph(about)) }
        return BlockLayout.lines(for: header + body, width: width).map(\.plainText)
    }
}

/// One line describing a source: title, publisher and date, as known.
public enum SourceDescription {
    public static func text(for source: SourceReference) -> String {
        var parts: [String] = []
        if let title = source.title { parts.append("“\(title)”") }
        if let publisher = source.publisher { parts.append(publisher) }
        if let published = source.published { parts.append(published) }
        if let url = source.url { parts.append("<\(url)>") }
        return parts.isEmpty ? "not recorded" : parts.joined(separator: ", ")
    }
}
