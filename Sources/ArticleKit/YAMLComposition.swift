import Yams

/// Composes YAML text into a node tree within limits, so a hostile file
/// (a huge front matter, an alias bomb, nesting thousands deep) costs a
/// clear problem instead of the reader's time or memory.
///
/// Aliases as values are harmless (the composer shares the anchored node),
/// but an alias inside a mapping key is hashed, expansion and all, when the
/// composer checks for duplicate keys: ten lines of "billion laughs" used
/// as a key hang it. `YAMLAliasGuard` refuses that form before composing.
public enum YAMLComposition {
    public static let maximumBytes = 256 * 1024
    static let maximumDepth = 64

    /// The root node, or a problem message with the 1-based YAML line.
    public static func compose(_ yaml: String) -> Result<Node?, YAMLFailure> {
        let size = yaml.utf8.count
        if size > maximumBytes {
            return .failure(YAMLFailure(line: 1, message: "YAML is too large (\(size / 1024) KB; the limit is \(maximumBytes / 1024) KB)"))
        }
        if let line = lineExceedingDepth(yaml) {
            return .failure(YAMLFailure(line: line, message: YAMLFailure.tooDeep))
        }
        if let line = YAMLAliasGuard.lineOfAliasKey(in: yaml) {
            return .failure(YAMLFailure(line: line, message: YAMLAliasGuard.message))
        }
        do {
            // Every field is text, so tags are not resolved: the default
            // resolver runs a regular expression per scalar (60% of a large
            // library's load), and UTF-8 is named so Yams does not read the
            // environment per parse.
            return .success(try Yams.compose(yaml: yaml, .basic, .default, .utf8))
        } catch let error as YamlError {
            return .failure(YAMLFailure(error, in: yaml))
        } catch {
            return .failure(YAMLFailure(line: 1, message: "invalid YAML: \(error)"))
        }
    }

    /// The first line where flow brackets or indentation go deeper than the
    /// limit; a cheap scan made before the (recursive) composer runs.
    /// Block indicators at the start of a line (`- - - x`, `? ? x`) nest
    /// like indentation, so they count as indentation here.
    private static func lineExceedingDepth(_ yaml: String) -> Int? {
        var line = 1
        var flowDepth = 0
        var indent = 0
        var atLineStart = true
        for byte in yaml.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1; indent = 0; atLineStart = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                // (A `where` here would guard only the last pattern, and
                // every space of a long summary would count as indentation.)
                guard atLineStart else { continue }
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
