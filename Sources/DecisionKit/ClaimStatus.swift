import ArticleKit

/// What became of the claim a note or question was written about: it is
/// still in the library as it was, or it has changed (edited, moved to
/// another topic, or gone). A changed claim's words as written then are
/// kept, so nothing the person wrote loses its meaning.
public enum ClaimStatus: Hashable, Sendable {
    case current(ComparedClaim)
    case changed(ClaimSnapshot)

    /// The claim's text: as it is now, or as it was written then.
    public var text: String {
        switch self {
        case .current(let claim): claim.claim.text
        case .changed(let snapshot): snapshot.text
        }
    }

    public var hasChanged: Bool {
        if case .changed = self { return true }
        return false
    }
}
