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
    public static func load(from folder: URL) throws(LibraryError) -> Library {
        let library = try LibraryFolder(url: folder)
        var problems: [LoadProblem] = []

        let topicsPath = library.display(TopicsFile.fileName)
        var topics: [Topic] = []
        var topicIDs: Set<String>?
        switch library.read(TopicsFile.fileName) {
        case .success(let bytes):
            guard case .text(let text, _) = TextDecoding.decode(bytes) else {
                problems.append(LoadProblem(file: topicsPath, message: "not a text file"))
                break
            }
            let decoded = TopicsFile.decode(text, file: topicsPath)
            topics = decoded.topics
            topicIDs = Set(topics.map(\.id))
            problems += decoded.problems
        case .failure(.unreadable) where !FileManager.default.fileExists(atPath: folder.appendingPathComponent(TopicsFile.fileName).path):
            problems.append(LoadProblem(file: topicsPath, message: "missing: the library needs a topics.yaml listing its topics"))
        case .failure(let refusal):
            problems.append(LoadProblem(file: topicsPath, message: refusal.description))
        }

        var articles: [Article] = []
        var fileOfID: [String: String] = [:]
        for name in try library.articleFileNames() {
            let path = library.display(name)
            let bytes: [UInt8]
            switch library.read(name) {
            case .success(let read): bytes = read
            case .failure(let refusal):
                problems.append(LoadProblem(file: path, message: refusal.description))
                continue
            }
            let parser = ArticleFileParser(displayPath: path, fileName: name, topicIDs: topicIDs)
            let (article, fileProblems) = parser.parse(bytes)
            problems += fileProblems.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
            guard let article else { continue }
            if let other = fileOfID[article.id] {
                problems.append(LoadProblem(file: path, line: 1, message: "duplicate id '\(article.id)' (already used by \(other)); this article is left out"))
                continue
            }
            fileOfID[article.id] = name
            articles.append(article)
        }
        return Library(topics: topics, articles: articles, problems: problems)
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
