import Yams

/// Reads typed fields out of a composed YAML mapping, turning every mistake
/// into a `LoadProblem` with the file line it sits on.
struct YAMLFieldReader {
    let file: String
    /// Added to a YAML mark's line to give the line in the file.
    let lineOffset: Int
    private(set) var problems: [LoadProblem] = []

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func line(of node: Node?) -> Int? {
        node?.mark.map { $0.line + lineOffset }
    }

    mutating func report(_ message: String, at node: Node?) {
        problems.append(LoadProblem(file: file, line: line(of: node) ?? lineOffset + 1, message: message))
    }

    mutating func report(_ message: String, line: Int) {
        problems.append(LoadProblem(file: file, line: line, message: message))
    }

    /// Reports keys of `mapping` not in `known` (most often a typo).
    mutating func reportUnknownKeys(in mapping: Node.Mapping, known: [String], context: String) {
        for (key, _) in mapping {
            guard let name = key.string, !known.contains(name) else { continue }
            report("unknown field '\(TextSanitizer.clean(name))' in \(context) (expected one of: \(known.joined(separator: ", ")))", at: key)
        }
    }

    /// A text field: nil when absent; a problem when present but not text.
    /// The value is sanitized and trimmed.
    mutating func text(_ key: String, in mapping: Node.Mapping, context: String) -> String? {
        guard let node = mapping[key] else { return nil }
        guard case .scalar(let scalar) = node else {
            report("'\(key)' in \(context) must be text, not a list or mapping", at: node)
            return nil
        }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return TextSanitizer.clean(scalar.string).trimmingWhitespace()
    }

    /// A text field that must be present and not empty.
    mutating func requiredText(_ key: String, in mapping: Node.Mapping, context: String, at owner: Node) -> String? {
        let value = text(key, in: mapping, context: context)
        if let value, !value.isEmpty { return value }
        switch mapping[key] {
        case nil: report("missing '\(key)' in \(context)", at: owner)
        case .scalar(let scalar)?: report("empty '\(key)' in \(context)", at: .scalar(scalar))
        default: break  // already reported as the wrong kind of value
        }
        return nil
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let characters = Substring(self)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = characters.lastIndex(where: { !$0.isWhitespace })!
        return String(characters[first...last])
    }
}
