/// A place in an article that survives a resize, a new terminal width and a
/// reflow: the top-level block and the character offset inside it.
public struct ReadingPosition: Hashable, Sendable, Codable {
    public var articleID: String
    public var blockIndex: Int
    public var offset: Int

    public init(articleID: String, blockIndex: Int, offset: Int = 0) {
        self.articleID = articleID
        self.blockIndex = blockIndex
        self.offset = offset
    }
}
