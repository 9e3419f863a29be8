/// A link as the reader shows it: the words it is on and where it leads,
/// both already neutralized (`TextSanitizer`, when the article was parsed).
///
/// `offset` is where the link's text starts among the characters of its
/// top-level block (the same count `LayoutLine.offset` uses), so a link
/// wrapped over two lines is one link, not two.
public struct ArticleLink: Hashable, Sendable {
    public var text: String
    public var url: String
    public var blockIndex: Int
    public var offset: Int

    public init(text: String, url: String, blockIndex: Int = 0, offset: Int = 0) {
        self.text = text
        self.url = url
        self.blockIndex = blockIndex
        self.offset = offset
    }
}
