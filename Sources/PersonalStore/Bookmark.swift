import ArticleKit
import Foundation

/// A saved place in an article: where it is (block index and character
/// offset), the section title and a short excerpt at that point (so a list
/// is readable and the place can be found again after the article changes),
/// an optional label and when it was made.
public struct Bookmark: Codable, Hashable, Sendable, Identifiable {
    /// Assigned by the store; never reused, so a deleted bookmark can be
    /// restored under the same id.
    public var id: Int64
    public var articleID: String
    /// Index of the top-level block in the article.
    public var blockIndex: Int
    /// Character offset inside that block.
    public var offset: Int
    /// Title of the section containing the place, if it is in one.
    public var sectionTitle: String?
    /// A short piece of text at that point.
    public var excerpt: String
    /// The user's name for the bookmark, if any (never empty).
    public var label: String?
    /// When the bookmark was made, to the millisecond.
    public var createdAt: Date

    public init(id: Int64, articleID: String, blockIndex: Int, offset: Int, sectionTitle: String?,
                excerpt: String, label: String?, createdAt: Date) {
        self.id = id
        self.articleID = articleID
        self.blockIndex = blockIndex
        self.offset = offset
        self.sectionTitle = sectionTitle
        self.excerpt = excerpt
        self.label = label
        self.createdAt = createdAt
    }

    /// `createdAt` as ISO 8601 in UTC with milliseconds
    /// (`2026-11-25T14:05:12.345Z`), as in exported files.
    public var createdAtISO8601: String {
        Timestamp.iso8601(milliseconds: Timestamp.milliseconds(createdAt))
    }

    /// The place as a reading position, for jumping to it.
    public var position: ReadingPosition {
        ReadingPosition(articleID: articleID, blockIndex: blockIndex, offset: offset)
    }
}
