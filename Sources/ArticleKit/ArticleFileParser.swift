/// Turns the bytes of one article file into an `Article` and the problems
/// found in it: encoding, front matter, body, and claims checked against the
/// topic vocabulary and the article's own headings.
struct ArticleFileParser {
    /// The path shown in problems.
    let displayPath: String
    /// The file's name inside the library, e.g. `risks.md`.
    let fileName: String
    /// Known topic ids, or nil when the library has no usable `topics.yaml`
    /// (then topics are not checked; that file's absence is reported once).
    let topicIDs: Set<String>?
    /// Where the body is read again when needed: given, a body of several
    /// pieces is parsed a piece at a time and not kept (its sections,
    /// reading grade and piece table are), so a 10 MB file's blocks are
    /// never all in memory; nil, every block is kept.
    var bodySource: BodySource? = nil

    /// `firstPieceOnly`: parse only the body's first piece when it can be
    /// cut; the article is then partial (`Article.isPartial`), without
    /// claims, and its problems wait for the whole parse.
    ///
    /// `bytes` are let go once decoded: given the last reference, a 10 MB
    /// file is held as bytes or as text while it is parsed, never both.
    func parse(_ bytes: consuming [UInt8], firstPieceOnly: Bool = false) -> (article: Article?, problems: [LoadProblem]) {
        if firstPieceOnly, let first = firstPiece(of: bytes) { return (first, []) }
        if Self.isBlank(bytes) { return emptyFile }
        let decoded = TextDecoding.decode(bytes)
        _ = consume bytes
        switch decoded {
        case .binary:
            return (nil, [LoadProblem(file: displayPath, message: "not a text file (it contains NUL bytes); is it really Markdown?")])
        case .text(let text, let invalidLine):
            var problems: [LoadProblem] = []
            if let invalidLine {
                problems.append(LoadProblem(file: displayPath, line: invalidLine,
                    message: "invalid UTF-8; the bad bytes are shown as \u{FFFD}"))
            }
            return parse(text: text, problems: problems, firstPieceOnly: firstPieceOnly)
        }
    }

    /// `parse` of a file whose bytes are `text` exactly (`FileContents.text`).
    func parse(text: String) -> (article: Article?, problems: [LoadProblem]) {
        if Self.isBlank(text.utf8) { return emptyFile }
        return parse(text: text, problems: [], firstPieceOnly: false)
    }

    private var emptyFile: (article: Article?, problems: [LoadProblem]) {
        (nil, [LoadProblem(file: displayPath, message: "empty file")])
    }

    /// Whether a file is nothing but spaces, tabs and line ends.
    private static func isBlank(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    private func parse(text: String, problems found: [LoadProblem], firstPieceOnly: Bool) -> (article: Article?, problems: [LoadProblem]) {
        var problems = found
        func problem(_ message: String, line: Int? = nil) -> (Article?, [LoadProblem]) {
            problems.append(LoadProblem(file: displayPath, line: line, message: message))
            return (nil, problems)
        }
        let frontMatter: FrontMatter
        do {
            frontMatter = try FrontMatter.split(text)
        } catch .missingOpening {
            return problem("no front matter: the file must start with a '---' line, then YAML with at least 'title:', then '---'", line: 1)
        } catch {
            return problem("front matter is not closed: add a '---' line after the YAML", line: 1)
        }
        var decoder = FrontMatterDecoder(file: displayPath, yamlStartLine: frontMatter.yamlStartLine)
        let fields = decoder.decode(frontMatter.yaml)
        problems += decoder.problems
        guard let fields else { return (nil, problems) }

        var article: Article
        if firstPieceOnly {
            let first = MarkdownParser.parseFirstPiece(frontMatter.body)
            guard first.isWhole else {
                var partial = self.article(fields, blocks: first.blocks, chunks: nil)
                partial.isPartial = true
                return (partial, [])
            }
            article = self.article(fields, blocks: first.blocks,
                                   chunks: ChunkTable(parsed: [0], blockStarts: [0], blockCount: first.blocks.count))
            article.readingGrade = ReadingGrade.of(first.blocks)
        } else {
            article = wholeArticle(fields, body: frontMatter.body)
        }
        article.claims = fields.claims.compactMap { located in
            checked(located, in: article, problems: &problems)
        }
        return (article, problems)
    }

    /// The article of the whole `body`, parsed a piece at a time: its
    /// sections, reading grade and piece table from every piece; its
    /// blocks kept when the body is one piece or there is no `bodySource`,
    /// else left to be read from there, a piece at a time, when needed.
    private func wholeArticle(_ fields: ArticleFrontMatter, body: Substring) -> Article {
        var kept: [Block] = []
        var sections: [Section] = []
        var grade = ReadingGrade(words: 0, sentences: 0, syllables: 0)
        let chunks = MarkdownParser.forEachChunk(body) { piece, first in
            if bodySource == nil || first == 0 { kept += piece }
            grade = grade + ReadingGrade.of(piece)
            for (offset, block) in piece.enumerated() {
                if case .heading(let heading) = block {
                    sections.append(Section(title: heading.text, slug: heading.slug, level: heading.level, blockIndex: first + offset))
                }
            }
        }
        var article: Article
        if let bodySource, chunks.count > 1 {
            article = Article(id: id(fields), title: fields.title, source: fields.source, summary: fields.summary, claims: [],
                              allSections: sections,
                              body: ArticleBody(source: bodySource, chunks: chunks, sections: sections), fileName: fileName, readingGrade: nil)
        } else {
            article = self.article(fields, blocks: kept, chunks: chunks)
        }
        article.readingGrade = grade
        return article
    }

    func article(_ fields: ArticleFrontMatter, blocks: [Block], chunks: ChunkTable?) -> Article {
        Article(id: id(fields), title: fields.title, source: fields.source, summary: fields.summary, blocks: blocks, chunks: chunks,
                fileName: fileName)
    }

    /// The article's id: its front matter's, else its file's name.
    private func id(_ fields: ArticleFrontMatter) -> String {
        // A file name can hold anything a file system allows, escape
        // sequences included; the id it gives is printed and drawn.
        fields.id ?? TextSanitizer.clean(fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName)
    }

    private func checked(_ located: LocatedClaim, in article: Article, problems: inout [LoadProblem]) -> Claim? {
        let claim = located.claim
        var valid = true
        if let topicIDs, !topicIDs.contains(claim.topicID) {
            let hint = Suggestion.closest(to: claim.topicID, among: topicIDs).map { " (did you mean '\($0)'?)" } ?? ""
            problems.append(LoadProblem(file: displayPath, line: located.line,
                message: "unknown topic '\(claim.topicID)'\(hint); topics are listed in topics.yaml"))
            valid = false
        }
        if article.section(withSlug: claim.sectionSlug) == nil {
            let slugs = article.allSections.map(\.slug)
            let hint = Suggestion.closest(to: claim.sectionSlug, among: slugs).map { " (did you mean '\($0)'?)" } ?? ""
            problems.append(LoadProblem(file: displayPath, line: located.line,
                message: "section '\(claim.sectionSlug)' is not a heading of this article\(hint)"))
            valid = false
        }
        return valid ? claim : nil
    }
}
