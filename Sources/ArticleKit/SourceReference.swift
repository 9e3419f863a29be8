/// What an article is based on, as far as it is known. Fields that are not
/// known are nil; nothing here is ever guessed.
public struct SourceReference: Hashable, Sendable {
    public var title: String?
    public var publisher: String?
    /// The publication date as written (`2024-06-24`), if one is printed.
    public var published: String?
    public var url: String?

    public init(title: String? = nil, publisher: String? = nil, published: String? = nil, url: String? = nil) {
        self.title = title
        self.publisher = publisher
        self.published = published
        self.url = url
    }

    /// A short label for the source: its publisher, else its title.
    public var label: String? { publisher ?? title }
}
