import Yams

/// Reads `topics.yaml`: a `topics:` list of `{id, title, question}` in
/// reading order. Bad entries are reported and left out.
enum TopicsFile {
    static let fileName = "topics.yaml"
    static let topicFields = ["id", "title", "question"]

    static func decode(_ yaml: String, file: String) -> (topics: [Topic], problems: [LoadProblem]) {
        var reader = YAMLFieldReader(file: file, lineOffset: 0)
        let entries: Node.Sequence
        switch YAMLComposition.compose(yaml) {
        case .failure(let failure):
            return ([], [LoadProblem(file: file, line: failure.line, message: failure.message)])
        case .success(.mapping(let root)?):
            guard case .sequence(let list)? = root["topics"] else {
                reader.report("expected a 'topics:' list", at: .mapping(root))
                return ([], reader.problems)
            }
            entries = list
        case .success:
            return ([], [LoadProblem(file: file, line: 1, message: "expected a 'topics:' list")])
        }
        var topics: [Topic] = []
        for entry in entries {
            guard case .mapping(let fields) = entry else {
                reader.report("a topic must be a mapping with id, title and question", at: entry)
                continue
            }
            reader.reportUnknownKeys(in: fields, known: topicFields, context: "topic")
            let id = reader.requiredText("id", in: fields, context: "topic", at: entry)
            let title = reader.requiredText("title", in: fields, context: "topic", at: entry)
            let question = reader.requiredText("question", in: fields, context: "topic", at: entry)
            guard let id, let title, let question else { continue }
            if topics.contains(where: { $0.id == id }) {
                reader.report("duplicate topic id '\(id)'", at: fields["id"])
                continue
            }
            topics.append(Topic(id: id, title: title, question: question))
        }
        return (topics, reader.problems)
    }
}
