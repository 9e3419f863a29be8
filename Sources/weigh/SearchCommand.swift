import ArgumentParser
import ArticleKit

/// `weigh search QUERY`: the library-wide search the reader's results pane
/// shows, one line per match, or JSON. Exits 1 when nothing matches, like
/// grep.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search titles, headings, claims, summaries and article text.",
        discussion: """
        Case-insensitive unless the query has a capital letter; accents are ignored (cafe finds café) \
        and any run of spaces or line breaks matches any other. Title matches are listed first, then \
        headings, claims, summaries and body text. Exits 1 when nothing matches.
        """
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Option(name: .long, help: "Show at most this many results.")
    var limit = 500

    @Argument(help: ArgumentHelp("What to search for; several words are one phrase.", valueName: "query"))
    var words: [String] = []

    var query: String { words.joined(separator: " ") }

    func validate() throws {
        if TextMatcher(query: query).isEmpty {
            throw ValidationError("give a word or phrase to search for")
        }
        if limit < 1 || limit > 1_000_000 {
            throw ValidationError("--limit must be between 1 and 1000000")
        }
    }

    func run() throws {
        let library = try libraryOptions.load()
        LoadWarning.printIfNeeded(for: library)
        var results = LibrarySearch.search(query, in: library, limit: limit + 1)
        let more = results.count > limit
        if more { results.removeLast() }
        if json {
            print(try JSONText.encode(results.map(SearchResultJSON.init)))
        } else {
            for result in results { print(Self.line(for: result)) }
        }
        guard !results.isEmpty else {
            printError("weigh: no results for '\(TextSanitizer.clean(query))'")
            throw ExitCode.failure
        }
        if !json {
            print(more ? "\(plural(results.count, "result")) shown; there are more (raise --limit to see them)" : plural(results.count, "result"))
        }
    }

    /// `article-id › Section — …text with «match»…`; a match outside the
    /// body says where it is instead of (or after) the section.
    static func line(for result: SearchResult) -> String {
        var place = [result.articleID]
        switch result.kind {
        case .title, .heading, .summary:
            place.append(result.kind.rawValue)
        case .claim:
            if let section = result.sectionTitle { place.append(section) }
            place.append("claim")
        case .body:
            if let section = result.sectionTitle { place.append(section) }
        }
        return "\(place.joined(separator: " › ")) — \(marked(result.snippet, result.snippetMatch))"
    }

    /// `text` with the `Character` range `match` between « and ».
    static func marked(_ text: String, _ match: Range<Int>) -> String {
        let characters = Array(text)
        let lower = min(max(0, match.lowerBound), characters.count)
        let upper = min(max(lower, match.upperBound), characters.count)
        return String(characters[..<lower]) + "«" + String(characters[lower..<upper]) + "»" + String(characters[upper...])
    }
}

/// The JSON form of one result of `weigh search --json`.
struct SearchResultJSON: Encodable {
    struct Span: Encodable {
        var start: Int
        var end: Int
    }

    var articleID: String
    var articleTitle: String
    var kind: String
    var section: String?
    var sectionTitle: String?
    var blockIndex: Int
    var claimIndex: Int?
    var matchOffset: Int
    var matchLength: Int
    var snippet: String
    var snippetMatch: Span

    init(_ result: SearchResult) {
        articleID = result.articleID
        articleTitle = result.articleTitle
        kind = result.kind.rawValue
        section = result.sectionSlug
        sectionTitle = result.sectionTitle
        blockIndex = result.blockIndex
        claimIndex = result.claimIndex
        matchOffset = result.matchOffset
        matchLength = result.matchLength
        snippet = result.snippet
        snippetMatch = Span(start: result.snippetMatch.lowerBound, end: result.snippetMatch.upperBound)
    }

    private enum CodingKeys: String, CodingKey {
        case articleID, articleTitle, kind, section, sectionTitle, blockIndex, claimIndex, matchOffset, matchLength
        case snippet, snippetMatch
    }

    /// Every key in every result (null where there is nothing), so each
    /// object has the same shape.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(articleID, forKey: .articleID)
        try container.encode(articleTitle, forKey: .articleTitle)
        try container.encode(kind, forKey: .kind)
        try container.encode(section, forKey: .section)
        try container.encode(sectionTitle, forKey: .sectionTitle)
        try container.encode(blockIndex, forKey: .blockIndex)
        try container.encode(claimIndex, forKey: .claimIndex)
        try container.encode(matchOffset, forKey: .matchOffset)
        try container.encode(matchLength, forKey: .matchLength)
        try container.encode(snippet, forKey: .snippet)
        try container.encode(snippetMatch, forKey: .snippetMatch)
    }
}
