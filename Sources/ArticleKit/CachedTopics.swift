/// `topics.yaml` as the metadata cache keeps it: the file's bytes and what
/// decoding them gave. A later run that reads the same bytes takes its
/// topics from here and never starts the YAML parser, which cost the
/// reader's first frame about a millisecond. Keyed by the bytes
/// themselves, not the file's size and time, so any edit is seen.
struct CachedTopics: Sendable, Equatable {
    var source: [UInt8]
    var topics: [Topic]
    var problems: [CachedProblem]

    init(source: [UInt8], topics: [Topic], problems: [CachedProblem]) {
        self.source = source
        self.topics = topics
        self.problems = problems
    }

    func encode(into writer: inout CacheByteWriter) {
        writer.count(source.count)
        writer.raw(source)
        writer.count(topics.count)
        for topic in topics {
            writer.string(topic.id)
            writer.string(topic.title)
            writer.string(topic.question)
        }
        writer.count(problems.count)
        for problem in problems {
            writer.integer(Int64(problem.line ?? -1))
            writer.string(problem.message)
        }
    }

    init(decoding reader: inout CacheByteReader) throws(CacheByteReader.Damaged) {
        source = Array(try reader.block(try reader.count()))
        topics = []
        for _ in 0..<(try reader.count()) {
            topics.append(Topic(id: try reader.string(), title: try reader.string(), question: try reader.string()))
        }
        problems = []
        for _ in 0..<(try reader.count()) {
            let line = try reader.integer()
            problems.append(CachedProblem(line: line < 0 ? nil : Int(line), message: try reader.string()))
        }
    }
}
