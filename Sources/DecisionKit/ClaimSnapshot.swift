import ArticleKit

/// A claim as it was when the person wrote about it: kept with their note
/// or question, so what they wrote stays readable when the article changes
/// or the claim is gone.
public struct ClaimSnapshot: Hashable, Sendable, Codable {
    /// The claim's stable reference (`Claim.ref`), to find it again.
    public var ref: String
    public var text: String
    /// `benefit`, `risk` or `precaution`, as written then.
    public var stance: String
    public var topicID: String
    public var articleID: String
    /// The article's title then, to name the source if it is gone.
    public var articleTitle: String

    public init(ref: String, text: String, stance: String, topicID: String, articleID: String, articleTitle: String) {
        self.ref = ref
        self.text = text
        self.stance = stance
        self.topicID = topicID
        self.articleID = articleID
        self.articleTitle = articleTitle
    }
}

extension ClaimSnapshot {
    /// The claim as the comparison shows it now, to keep with a note.
    public init(_ claim: ComparedClaim, articleTitle: String) {
        self.init(ref: claim.ref, text: claim.claim.text, stance: claim.claim.stance.rawValue, topicID: claim.claim.topicID,
                  articleID: claim.articleID, articleTitle: articleTitle)
    }
}
