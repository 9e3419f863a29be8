import Foundation

/// The whole content library: the topic vocabulary, every article that
/// loaded, and a problem for everything that did not.
public struct Library: Sendable {
    public var topics: [Topic]
    /// Articles in file-name order. When two files share an id, the first
    /// by name is kept and the other reported.
    public var articles: [Article]
    public var problems: [LoadProblem]

    public init(topics: [Topic], articles: [Article], problems: [LoadProblem] = []) {
        self.topics = topics
        self.articles = articles
        self.problems = problems
    }

    /// Loads the library in `folder`. Throws only when the folder itself
    /// cannot be read; every problem inside it lands in `problems`.
    /// `cacheFile`: the metadata cache to use and refresh (see
    /// `LibraryLoader`); without one every file is parsed.
    public static func load(from folder: URL, cacheFile: URL? = nil) throws(LibraryError) -> Library {
        var loader = try LibraryLoader(folder: folder, cacheFile: cacheFile)
        loader.loadAll()
        loader.saveCache()
        return loader.library
    }

    /// The article with this id.
    public func article(withID id: String) -> Article? {
        articles.first { $0.id == id }
    }

    /// The topic with this id.
    public func topic(withID id: String) -> Topic? {
        topics.first { $0.id == id }
    }
}
