import Yams

/// Why YAML could not be composed, with the 1-based line inside the YAML.
///
/// The message is one line of the project's own words: Yams' descriptions
/// quote the YAML itself (a duplicated key, a snippet with a caret), and
/// that text is the file's, escape sequences and all.
public struct YAMLFailure: Error {
    static let tooDeep = "YAML is nested too deeply (the limit is \(YAMLComposition.maximumDepth) levels)"

    public var line: Int
    public var message: String

    init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    init(_ error: YamlError, in yaml: String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            self.init(line: mark.line, message: Self.message(for: problem))
        case .reader(let problem, let offset, _, _):
            self.init(line: offset.map { Self.line(atCharacter: $0, in: yaml) } ?? 1, message: Self.message(for: problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\(TextSanitizer.clean($0))'" }.joined(separator: ", ")
            self.init(line: context.mark.line, message: "duplicate key \(keys): each field may appear only once")
        case .memory:
            self.init(line: 1, message: "invalid YAML: out of memory")
        default:
            self.init(line: 1, message: "invalid YAML")
        }
    }

    private static func message(for problem: String) -> String {
        if problem.hasPrefix("Maximum nesting level") { return tooDeep }
        return "invalid YAML: " + TextSanitizer.clean(problem)
    }

    /// The 1-based line holding the character at `offset`.
    private static func line(atCharacter offset: Int, in yaml: String) -> Int {
        1 + yaml.prefix(offset).reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
    }
}
