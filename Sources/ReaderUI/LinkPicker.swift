/// The links offered by `o`: those on the lines in view when it was
/// pressed (the source's address among them while the "About this
/// source" block is in view), in reading order, and the one selected.
public struct LinkPicker: Hashable, Sendable {
    public var links: [ArticleLink]
    /// Where each link leads, worked out once (same order as `links`).
    public var targets: [LinkTarget]
    public var selection = 0

    public init(links: [ArticleLink], fileName: String) {
        self.links = links
        self.targets = links.map { LinkTarget(url: $0.url, from: fileName) }
    }

    /// Moves the selection by `delta`, staying on a link.
    public mutating func move(by delta: Int) {
        selection = min(max(0, selection + delta), max(0, links.count - 1))
    }
}
