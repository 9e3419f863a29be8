/// Says what is wrong with a JSON file in a few words, naming the place
/// (`bookmarks[3].offset`).
enum DecodingProblem {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(place(context.codingPath + [key])): missing"
        case .valueNotFound(_, let context):
            return "\(place(context.codingPath)): must not be null"
        case .typeMismatch(let type, let context):
            return "\(place(context.codingPath)): expected \(kind(type))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            return "\(place(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "not readable"
        }
    }

    static func place(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return "the top level" }
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    private static func kind(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if type == Int.self { return "a whole number" }
        if type == String.self { return "a string" }
        if name.hasPrefix("Array") { return "a list" }
        if name.hasPrefix("Dictionary") { return "an object" }
        return "a \(name)"
    }
}
