import ArticleKit

/// Carries a search index inside a `Report`; two boxes are equal only if
/// they are the same box (an index is too big to compare).
public final class SearchIndexBox: Hashable, Sendable {
    public let index: LibrarySearchIndex

    public init(_ index: LibrarySearchIndex) {
        self.index = index
    }

    public static func == (lhs: SearchIndexBox, rhs: SearchIndexBox) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
