import Foundation

extension LibraryLoader {
    /// `topics.yaml`: its topics (nil when there is no readable file, so
    /// claims are not checked against any), the problems it has, and the
    /// record the cache keeps. Taken from `cached` when the file's bytes are
    /// the ones it was made from.
    static func loadTopics(_ folder: LibraryFolder, cached: CachedTopics?)
        -> (topics: [Topic]?, problems: [LoadProblem], record: CachedTopics?, fromCache: Bool) {
        let topicsPath = folder.display(TopicsFile.fileName)
        switch folder.read(TopicsFile.fileName) {
        case .success(let bytes):
            if let cached, cached.source == bytes {
                let problems = cached.problems.map { LoadProblem(file: topicsPath, line: $0.line, message: $0.message) }
                return (cached.topics, problems, cached, true)
            }
            guard case .text(let text, _) = TextDecoding.decode(bytes) else {
                return (nil, [LoadProblem(file: topicsPath, message: "not a text file")], nil, false)
            }
            let decoded = TopicsFile.decode(text, file: topicsPath)
            let record = CachedTopics(source: bytes, topics: decoded.topics,
                                      problems: decoded.problems.map { CachedProblem(line: $0.line, message: $0.message) })
            return (decoded.topics, decoded.problems, record, false)
        case .failure(.unreadable) where !FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(TopicsFile.fileName).path):
            return (nil, [LoadProblem(file: topicsPath, message: "missing: the library needs a topics.yaml listing its topics")], nil, false)
        case .failure(let refusal):
            return (nil, [LoadProblem(file: topicsPath, message: refusal.description)], nil, false)
        }
    }
}
