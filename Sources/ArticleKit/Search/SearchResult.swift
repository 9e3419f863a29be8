/// One match found by a library-wide search: where it is (article, section,
/// top-level block, `Character` offset) and a one-line snippet to show it.
public struct SearchResult: Hashable, Sendable {
    public var articleID: String
    public var articleTitle: String
    public var kind: Kind
    /// The section the match is in: for a heading, the heading's own; for
    /// a claim, the section the claim is drawn from; nil for the title, the
    /// summary and text before the first heading.
    public var sectionTitle: String?
    public var sectionSlug: String?
    /// The top-level block to open at: the block of a heading or body
    /// match, the claim's section heading for a claim (0 when the section
    /// is missing), 0 for the title and summary.
    public var blockIndex: Int
    /// The claim's index in `Article.claims`, for a claim match.
    public var claimIndex: Int?
    /// Where the match starts, in `Character`s: into the block's
    /// `plainText` for heading and body matches, into the title, the claim's
    /// text or the summary otherwise.
    public var matchOffset: Int
    /// The match's length in `Character`s.
    public var matchLength: Int
    /// One line (at most 80 columns) around the match.
    public var snippet: String
    /// The match inside `snippet`, in `Character`s.
    public var snippetMatch: Range<Int>

    public init(
        articleID: String, articleTitle: String, kind: Kind, sectionTitle: String? = nil, sectionSlug: String? = nil,
        blockIndex: Int, claimIndex: Int? = nil, matchOffset: Int, matchLength: Int, snippet: String, snippetMatch: Range<Int>
    ) {
        self.articleID = articleID
        self.articleTitle = articleTitle
        self.kind = kind
        self.sectionTitle = sectionTitle
        self.sectionSlug = sectionSlug
        self.blockIndex = blockIndex
        self.claimIndex = claimIndex
        self.matchOffset = matchOffset
        self.matchLength = matchLength
        self.snippet = snippet
        self.snippetMatch = snippetMatch
    }

    /// The match as `Character` offsets into the searched text.
    public var matchRange: Range<Int> { matchOffset..<(matchOffset + matchLength) }
}
