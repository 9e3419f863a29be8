import ArticleKit

/// The JSON form of an article's source: the front matter's field names
/// and values as written (`not named`, `not given`, `none shown` included);
/// a field the library left out is absent.
struct SourceSummary: Encodable {
    var title: String?
    var site: String?
    var url: String?
    var published: String?
    var pageDate: String?
    var author: String?
    var kind: String?
    var interest: String?
    var evidence: String?
    var summarised: String?

    enum CodingKeys: String, CodingKey {
        case title, site, url, published, pageDate = "page-date", author, kind, interest, evidence, summarised
    }

    init(_ source: SourceReference) {
        title = source.title
        site = source.site
        url = source.url
        published = source.published
        pageDate = source.pageDate
        author = source.author
        kind = source.kind?.rawValue
        interest = source.interest
        evidence = source.evidence?.rawValue
        summarised = source.summarised
    }
}
