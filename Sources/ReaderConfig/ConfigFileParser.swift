import ArticleKit
import Foundation
import ReaderUI
import Yams

/// Reads a config file's text into a `Configuration`, keeping each
/// problem with the line it is on. A setting with a problem keeps its
/// default; YAML that cannot be read at all gives the defaults and one
/// problem. Pure: the caller reads the file.
public struct ConfigFileParser {
    /// The settings a config file may hold, in the order the default file
    /// writes them.
    public static let settings = ["theme", "colors", "body-width", "contents-shown", "library", "keys"]

    /// The folder the file is in (a relative `library` is taken from it),
    /// and the home folder (for `~/`).
    var folder: String?
    var home: String?
    private var configuration = Configuration.standard
    private var problems: [ConfigProblem] = []

    /// `text` read as a config file.
    public static func parse(_ text: String, folder: String? = nil, home: String? = nil) -> (configuration: Configuration, problems: [ConfigProblem]) {
        var parser = ConfigFileParser(folder: folder, home: home)
        parser.read(text)
        return (parser.configuration, parser.problems)
    }

    private init(folder: String?, home: String?) {
        self.folder = folder
        self.home = home
    }

    private mutating func read(_ text: String) {
        let root: Node?
        switch YAMLComposition.compose(text) {
        case .failure(let failure):
            report(failure.message + "; using the defaults", line: failure.line)
            return
        case .success(let node):
            root = node
        }
        guard let root, !Self.isEmpty(root) else { return }
        guard case .mapping(let mapping) = root else {
            report("a config file is a list of settings, one 'name: value' a line", at: root)
            return
        }
        var rebindings: [KeyRebinding] = []
        for (keyNode, value) in mapping {
            guard let name = keyNode.string, Self.settings.contains(name) else {
                report("unknown setting '\(Self.quoted(keyNode))' (the settings are: \(Self.settings.joined(separator: ", ")))", at: keyNode)
                continue
            }
            if Self.isEmpty(value) { continue }
            switch name {
            case "theme": readTheme(value)
            case "colors": readColors(value)
            case "body-width": readBodyWidth(value)
            case "contents-shown": readContentsShown(value)
            case "library": readLibrary(value)
            default: rebindings = readKeys(value)
            }
        }
        let (keymap, keyProblems) = Keymap.standard.applying(rebindings)
        configuration.keymap = keymap
        problems += keyProblems
        problems.sort { $0.line < $1.line }
    }

    private mutating func readTheme(_ value: Node) {
        switch scalar(value, setting: "theme")?.lowercased() {
        case "colored"?: configuration.theme.usesColor = true
        case "monochrome"?: configuration.theme.usesColor = false
        case let other?: report("theme is 'colored' or 'monochrome', not '\(TextSanitizer.clean(other))'", at: value)
        case nil: break
        }
    }

    private mutating func readColors(_ value: Node) {
        guard case .mapping(let mapping) = value else {
            report("'colors' takes a role and its color a line (heading: cyan)", at: value)
            return
        }
        for (keyNode, colorNode) in mapping {
            guard let name = keyNode.string, let role = ColorRole(rawValue: name) else {
                report("unknown color role '\(Self.quoted(keyNode))' (the roles are: \(ColorRole.allCases.map(\.rawValue).joined(separator: ", ")))", at: keyNode)
                continue
            }
            guard let text = scalar(colorNode, setting: "colors: \(name)") else { continue }
            guard let color = RoleColor(text: text) else {
                report("'\(TextSanitizer.clean(text))' is not a color for \(name): write COLOR or 'COLOR on COLOR', a COLOR being one of \(RoleColor.names.joined(separator: ", "))",
                       at: colorNode)
                continue
            }
            configuration.theme.colors[role] = color
        }
    }

    private mutating func readBodyWidth(_ value: Node) {
        guard let text = scalar(value, setting: "body-width") else { return }
        let range = ScreenLayout.maximumTextWidths
        guard let width = Int(text), range.contains(width) else {
            report("body-width is a number of columns from \(range.lowerBound) to \(range.upperBound), not '\(TextSanitizer.clean(text))'", at: value)
            return
        }
        configuration.bodyWidth = width
    }

    private mutating func readContentsShown(_ value: Node) {
        switch scalar(value, setting: "contents-shown")?.lowercased() {
        case "true"?, "yes"?: configuration.contentsShown = true
        case "false"?, "no"?: configuration.contentsShown = false
        case let other?: report("contents-shown is true or false, not '\(TextSanitizer.clean(other))'", at: value)
        case nil: break
        }
    }

    private mutating func readLibrary(_ value: Node) {
        guard let path = scalar(value, setting: "library") else { return }
        guard !path.contains("\0") else {
            report("library is a folder's path", at: value)
            return
        }
        if path == "~" || path.hasPrefix("~/") {
            guard let home else {
                report("library starts with ~ but there is no home folder (HOME is not set)", at: value)
                return
            }
            configuration.library = home + path.dropFirst()
        } else if path.hasPrefix("/") || folder == nil {
            configuration.library = path
        } else {
            configuration.library = folder! + "/" + path
        }
    }

    /// `keys:` as bindings: scope, then action, then a key or a list of keys.
    private mutating func readKeys(_ value: Node) -> [KeyRebinding] {
        guard case .mapping(let scopes) = value else {
            report("'keys' takes scopes (everywhere, article…), each with actions and their keys", at: value)
            return []
        }
        var rebindings: [KeyRebinding] = []
        for (scopeNode, actions) in scopes {
            guard let name = scopeNode.string, let scope = KeyScope(configName: name) else {
                report("unknown key scope '\(Self.quoted(scopeNode))' (the scopes are: \(KeyScope.configNames.joined(separator: ", ")))", at: scopeNode)
                continue
            }
            if Self.isEmpty(actions) { continue }
            guard case .mapping(let mapping) = actions else {
                report("the \(name) keys take an action and its keys a line (quit: q)", at: actions)
                continue
            }
            for (actionNode, keysNode) in mapping {
                guard let actionName = actionNode.string, let action = Action.named(actionName) else {
                    report("unknown action '\(Self.quoted(actionNode))' (docs/config.md lists them; 'weigh config --print-default' shows each with its keys)", at: actionNode)
                    continue
                }
                let line = Self.line(of: actionNode)
                guard let keys = readKeyList(keysNode, action: actionName) else { continue }
                rebindings.append(KeyRebinding(scope: scope, action: action, keys: keys.map(\.key), line: line, keyLines: keys.map(\.line)))
            }
        }
        return rebindings
    }

    /// A key or a list of keys; nil (reported) when any cannot be read, so
    /// a typo never leaves an action with fewer keys than meant.
    private mutating func readKeyList(_ node: Node, action: String) -> [(key: Key, line: Int)]? {
        let nodes: [Node]
        switch node {
        case .scalar: nodes = Self.isEmpty(node) ? [] : [node]
        case .sequence(let sequence): nodes = Array(sequence)
        default:
            report("the keys of '\(action)' are a key or a list of keys ([j, Down])", at: node)
            return nil
        }
        var keys: [(key: Key, line: Int)] = []
        for keyNode in nodes {
            guard case .scalar(let scalar) = keyNode else {
                report("a key of '\(action)' is a name such as j, C-d, Enter, not a list or mapping", at: keyNode)
                return nil
            }
            guard let key = Key(configName: scalar.string) else {
                report("'\(TextSanitizer.clean(scalar.string))' is not a key (write j, G, C-d, Enter, Esc, Tab, S-Tab, Space, PgDn, Up, F1…); '\(action)' keeps its keys",
                       at: keyNode)
                return nil
            }
            keys.append((key, Self.line(of: keyNode)))
        }
        return keys
    }

    /// The scalar text of a setting, or nil (reported) for a list or mapping.
    private mutating func scalar(_ node: Node, setting: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report("'\(setting)' takes one value, not a list or mapping", at: node)
            return nil
        }
        return scalar.string.trimmingCharacters(in: .whitespaces)
    }

    private mutating func report(_ message: String, at node: Node) {
        report(message, line: Self.line(of: node))
    }

    private mutating func report(_ message: String, line: Int) {
        problems.append(ConfigProblem(line: line, message: message))
    }

    private static func line(of node: Node) -> Int { node.mark?.line ?? 1 }

    /// A key as the file wrote it, neutralized and cut short for a message.
    private static func quoted(_ node: Node) -> String {
        let text = TextSanitizer.clean(node.string ?? "(not text)")
        return text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    /// A value left empty (`theme:` with nothing after it), or null.
    private static func isEmpty(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
