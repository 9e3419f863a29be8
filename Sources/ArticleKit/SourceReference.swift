/// Who an article's source is, as far as its page shows: the facts a
/// reader needs to judge it (who published it, when, with what interest,
/// on what evidence). Each field holds exactly what the library wrote,
/// including the words that say a fact is not known (`not named`,
/// `not given`, `none shown`), so a fact the page does not show is stated,
/// never guessed, and never confused with a field the library left out
/// (nil: an older library, shown as "not recorded").
///
/// These are facts to show; nothing here is ever combined into a score.
public struct SourceReference: Hashable, Sendable {
    /// The source's own title, or `not given` when the page has none (the
    /// article's title is then the library's, not the source's).
    public var title: String?
    /// The publisher or website's name, or `not named`.
    public var site: String?
    /// Only a URL the library knows; never invented.
    public var url: String?
    /// The publication date (`YYYY-MM-DD`) or `not given`.
    public var published: String?
    /// A date the page prints without saying it is the publication date.
    public var pageDate: String?
    /// The author's name or `not named`.
    public var author: String?
    public var kind: SourceKind?
    /// A commercial or other interest the page shows, or `none shown`.
    public var interest: String?
    public var evidence: SourceEvidence?
    /// When the library last wrote or checked its summary against the
    /// source (`YYYY-MM-DD`).
    public var summarised: String?

    public init(
        title: String? = nil, site: String? = nil, url: String? = nil, published: String? = nil,
        pageDate: String? = nil, author: String? = nil, kind: SourceKind? = nil, interest: String? = nil,
        evidence: SourceEvidence? = nil, summarised: String? = nil
    ) {
        self.title = title
        self.site = site
        self.url = url
        self.published = published
        self.pageDate = pageDate
        self.author = author
        self.kind = kind
        self.interest = interest
        self.evidence = evidence
        self.summarised = summarised
    }

    /// The words that say a fact is not known, one per field that takes them.
    public static let notGiven = "not given"
    public static let notNamed = "not named"
    public static let noneShown = "none shown"

    /// Whether the source has a title of its own.
    public var hasOwnTitle: Bool { title != nil && title != Self.notGiven }
}
