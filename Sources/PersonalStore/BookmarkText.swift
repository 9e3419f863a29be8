import ArticleKit

/// The limits and clean-up every stored string goes through: terminal
/// controls made harmless (`TextSanitizer.clean`), runs of white space
/// collapsed, and lengths capped.
enum BookmarkText {
    static let maximumArticleIDLength = 200
    static let maximumSectionTitleLength = 300
    static let maximumExcerptLength = 300
    static let maximumLabelLength = 200
    /// Block indexes and offsets above this are certainly mistakes.
    static let maximumPosition = 100_000_000

    static func clean(_ text: String) -> String {
        TextSanitizer.clean(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A label as stored: cleaned, capped, and nil rather than empty.
    static func label(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = String(clean(text).prefix(maximumLabelLength))
        return cleaned.isEmpty ? nil : cleaned
    }

    static func sectionTitle(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = String(clean(text).prefix(maximumSectionTitleLength))
        return cleaned.isEmpty ? nil : cleaned
    }

    static func excerpt(_ text: String) -> String {
        String(clean(text).prefix(maximumExcerptLength))
    }

    /// A valid article id, or why it is not one.
    static func articleID(_ text: String) throws(PersonalStoreError) -> String {
        let cleaned = clean(text)
        guard !cleaned.isEmpty else { throw .invalidValue("the article id is empty") }
        guard cleaned.count <= maximumArticleIDLength else {
            throw .invalidValue("the article id is longer than \(maximumArticleIDLength) characters")
        }
        return cleaned
    }

    /// Checks a block index and offset.
    static func checkPosition(blockIndex: Int, offset: Int) throws(PersonalStoreError) {
        guard (0...maximumPosition).contains(blockIndex), (0...maximumPosition).contains(offset) else {
            throw .invalidValue("block index and offset must be between 0 and \(maximumPosition)")
        }
    }
}
