import ArticleKit

/// One row of the table of contents: an article, or one of its sections
/// (shown while the article is unfolded).
public enum ContentsRow: Hashable, Sendable {
    case article(index: Int)
    case section(articleIndex: Int, section: Section, depth: Int)

    public var articleIndex: Int {
        switch self {
        case .article(let index): index
        case .section(let index, _, _): index
        }
    }

    /// The rows for `library` with the articles in `unfolded` showing their
    /// sections. An article's own title heading is not repeated as a section.
    public static func rows(for library: Library, unfolded: Set<String>) -> [ContentsRow] {
        var rows: [ContentsRow] = []
        for (index, article) in library.articles.enumerated() {
            rows.append(.article(index: index))
            guard unfolded.contains(article.id) else { continue }
            let sections = listedSections(of: article)
            let topLevel = sections.map(\.level).min() ?? 1
            rows += sections.map { .section(articleIndex: index, section: $0, depth: $0.level - topLevel) }
        }
        return rows
    }

    /// The sections the contents list for an article.
    public static func listedSections(of article: Article) -> [Section] {
        article.allSections.filter { !($0.level == 1 && $0.title == article.title) }
    }
}
