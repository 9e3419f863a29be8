/// What parsing one article file found, in the form the metadata cache
/// keeps: the front matter and the section list (not the body), and the
/// file's problems. Rebuilding an `Article` from it costs no parsing.
struct CachedArticleFile: Hashable, Sendable {
    var stamp: FileStamp
    var article: CachedArticle?
    var problems: [CachedProblem]
}

/// An article's metadata as cached; its body is read when the article is.
struct CachedArticle: Hashable, Sendable {
    var id: String
    var title: String
    var source: SourceReference?
    var summary: String?
    var claims: [Claim]
    /// Every section in reading order (the tree is rebuilt from levels).
    var sections: [Section]
    /// Where the body's pieces start, so one can be parsed alone.
    var chunks: ChunkTable?
    var readingGrade: ReadingGrade?

    init(_ article: Article) {
        id = article.id
        title = article.title
        source = article.source
        summary = article.summary
        claims = article.claims
        sections = article.allSections
        chunks = article.body.chunks
        readingGrade = article.readingGrade
    }

    init(id: String, title: String, source: SourceReference?, summary: String?, claims: [Claim], sections: [Section], chunks: ChunkTable? = nil, readingGrade: ReadingGrade? = nil) {
        self.readingGrade = readingGrade
        self.id = id
        self.title = title
        self.source = source
        self.summary = summary
        self.claims = claims
        self.sections = sections
        self.chunks = chunks
    }

    /// The article, with its body to be read from `source` when needed, a
    /// piece at a time when its pieces are known.
    func article(fileName: String, source: BodySource) -> Article {
        article(fileName: fileName, body: ArticleBody(source: source, chunks: chunks, sections: sections))
    }

    /// The article, with `body`.
    func article(fileName: String, body: ArticleBody) -> Article {
        Article(id: id, title: title, source: source, summary: summary, claims: claims,
                allSections: sections, body: body, fileName: fileName, readingGrade: readingGrade)
    }
}

/// A problem of one file, without the path (which depends on how the
/// library folder was named this time).
struct CachedProblem: Hashable, Sendable {
    var line: Int?
    var message: String
}
