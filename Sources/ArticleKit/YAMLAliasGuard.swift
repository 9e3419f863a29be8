/// Spots the one use of YAML aliases that costs more than its size: an
/// alias inside a mapping key.
///
/// The composer checks every mapping for duplicate keys by hashing them;
/// a key that holds an alias is hashed with its whole expansion, so ten
/// lines of "billion laughs" (`? *lol9`) hang it for hours. Aliases as
/// values are shared, never copied, and stay allowed.
///
/// The scan is a byte-level over-approximation, made only when the YAML
/// has something that looks like an alias (`*name` after a space, a line
/// start or `[ { ,`). It then refuses any key that could hold one: an
/// alias followed by `:`, an explicit `? ` key, a flow collection followed
/// by `:`, or an alias inside a flow mapping (`{*a}` is a key too).
/// Quotes and comments are not parsed, so text such as `"*see* [1]: …"`
/// can be refused along with a real alias; article front matter needs
/// none of these forms.
enum YAMLAliasGuard {
    static let message = "an alias (*name) used in a mapping key is refused: it can expand to billions of nodes; use aliases only as values"

    /// The 1-based line of the first key that could hold an alias, or nil.
    static func lineOfAliasKey(in yaml: String) -> Int? {
        let bytes = Array(yaml.utf8)
        guard bytes.indices.contains(where: { isAliasStart(bytes, at: $0) }) else { return nil }
        var line = 1
        var flow: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flow.append(byte)
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if !flow.isEmpty { flow.removeLast() }
                if colonFollows(bytes, from: index + 1) { return line }
            case UInt8(ascii: "?"):
                if startsNode(bytes, at: index), isBlankOrEnd(bytes, at: index + 1) { return line }
            case UInt8(ascii: "*"):
                guard isAliasStart(bytes, at: index) else { break }
                if flow.last == UInt8(ascii: "{") { return line }
                var end = index + 1
                while end < bytes.count, isAnchorCharacter(bytes[end]) { end += 1 }
                if colonFollows(bytes, from: end) { return line }
                index = end
                continue
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// `*` where a node can start, followed by an anchor name.
    private static func isAliasStart(_ bytes: [UInt8], at index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "*") && startsNode(bytes, at: index)
            && index + 1 < bytes.count && isAnchorCharacter(bytes[index + 1])
    }

    /// After a blank, a line start or a flow indicator.
    private static func startsNode(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index > 0 else { return true }
        return " \t\n[{,".utf8.contains(bytes[index - 1])
    }

    private static func isBlankOrEnd(_ bytes: [UInt8], at index: Int) -> Bool {
        index >= bytes.count || " \t\n".utf8.contains(bytes[index])
    }

    /// libyaml's anchor names: ASCII letters, digits, `-` and `_`.
    private static func isAnchorCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    /// Only spaces or tabs, then `:`, on the same line.
    private static func colonFollows(_ bytes: [UInt8], from start: Int) -> Bool {
        var index = start
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: ":")
    }
}
