/// An article file split into its YAML front matter and its Markdown body,
/// remembering on which line of the file each part starts.
struct FrontMatter {
    var yaml: String
    /// File line of the first YAML line (the one after the opening `---`).
    var yamlStartLine: Int
    var body: String

    enum SplitError: Error, Equatable {
        case missingOpening
        case missingClosing
    }

    /// Splits `text` (LF line endings) at a leading `---` line and the next
    /// line that is `---` or `...`.
    static func split(_ text: String) throws(SplitError) -> FrontMatter {
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else { throw .missingOpening }
        let rest = lines.count > 1 ? lines[1] : ""
        var cursor = rest.startIndex
        while cursor < rest.endIndex {
            let lineEnd = rest[cursor...].firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[cursor..<lineEnd].trimmingTrailingSpaces()
            if line == "---" || line == "..." {
                let bodyStart = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : lineEnd
                return FrontMatter(yaml: String(rest[..<cursor]), yamlStartLine: 2, body: String(rest[bodyStart...]))
            }
            cursor = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : lineEnd
        }
        throw .missingClosing
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
