import ArticleKit

/// Every string of a loaded article that reaches a screen or a pipe: the
/// front matter's fields, claims, sections, and every text and URL of the
/// body, nested blocks included.
public enum ArticleStrings {
    public static func of(_ article: Article) -> [String] {
        var texts = [article.id, article.title, article.summary ?? "", article.fileName]
        if let source = article.source { texts += [source.title, source.site, source.url, source.published, source.pageDate, source.author, source.interest, source.summarised].compactMap { $0 } }
        texts += article.claims.flatMap { [$0.text, $0.topicID, $0.sectionSlug] }
        texts += article.allSections.flatMap { [$0.title, $0.slug] }
        texts += article.blocks.flatMap(of)
        return texts
    }

    public static func of(_ block: Block) -> [String] {
        switch block {
        case .heading(let heading): [heading.text, heading.slug]
        case .paragraph(let spans): of(spans)
        case .list(let list): list.items.flatMap { $0.flatMap(of) }
        case .quote(let blocks): blocks.flatMap(of)
        case .code(let code): [code.language ?? ""] + code.lines
        case .table(let table): (table.header + table.rows.flatMap { $0 }).flatMap(of)
        case .thematicBreak: []
        }
    }

    /// Span texts (a hard break's `"\n"` is structure, not text) and URLs.
    public static func of(_ spans: [InlineSpan]) -> [String] {
        spans.filter { $0 != .lineBreak }.flatMap { [$0.text, $0.url ?? ""] }
    }
}
