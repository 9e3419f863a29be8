import Yams

/// Composes YAML text into a node tree within limits, so a hostile file
/// (a huge front matter, an alias bomb, nesting thousands deep) costs a
/// clear problem instead of the reader's time or memory.
enum YAMLComposition {
    static let maximumBytes = 256 * 1024
    static let maximumDepth = 64

    /// The root node, or a problem message with the 1-based YAML line.
    static func compose(_ yaml: String) -> Result<Node?, YAMLFailure> {
        let size = yaml.utf8.count
        if size > maximumBytes {
            return .failure(YAMLFailure(line: 1, message: "YAML is too large (\(size / 1024) KB; the limit is \(maximumBytes / 1024) KB)"))
        }
        if let line = lineExceedingDepth(yaml) {
            return .failure(YAMLFailure(line: line, message: "YAML is nested too deeply (the limit is \(maximumDepth) levels)"))
        }
        do {
            return .success(try Yams.compose(yaml: yaml))
        } catch let error as YamlError {
            return .failure(YAMLFailure(error))
        } catch {
            return .failure(YAMLFailure(line: 1, message: "invalid YAML: \(error)"))
        }
    }

    /// The first line where flow brackets or indentation go deeper than the
    /// limit; a cheap scan made before the (recursive) composer runs.
    private static func lineExceedingDepth(_ yaml: String) -> Int? {
        var line = 1
        var flowDepth = 0
        var indent = 0
        var atLineStart = true
        for byte in yaml.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1; indent = 0; atLineStart = true
            case UInt8(ascii: " ") where atLineStart:
                indent += 1
                if indent > maximumDepth * 4 { return line }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                atLineStart = false
                flowDepth += 1
                if flowDepth > maximumDepth { return line }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                atLineStart = false
                flowDepth = max(0, flowDepth - 1)
            default:
                atLineStart = false
            }
        }
        return nil
    }
}

/// Why YAML could not be composed, with the 1-based line inside the YAML.
struct YAMLFailure: Error {
    var line: Int
    var message: String

    init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    init(_ error: YamlError) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            self.init(line: mark.line, message: "invalid YAML: \(problem)")
        case .reader(let problem, _, _, _):
            self.init(line: 1, message: "invalid YAML: \(problem)")
        default:
            self.init(line: 1, message: "invalid YAML: \(error)")
        }
    }
}
