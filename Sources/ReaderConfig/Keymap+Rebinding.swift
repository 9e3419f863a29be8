import ArticleKit
import ReaderUI

/// A config file's bindings applied to a keymap, one by one:
/// - a binding gives its action exactly the keys written, in that scope
///   (it replaces the action's keys there, or takes them away with `[]`);
/// - a key the binding takes from another action of the same scope is
///   taken from it: the file wins over the built-in keys;
/// - a key the file gives two actions in one scope is a conflict: the
///   second is reported and ignored;
/// - an action may be bound only in a scope where weigh has it (the help
///   lists them);
/// - a binding that would leave an essential action unreachable (quit and
///   the help from every pane, closing the help, My decision and the links)
///   is reported and ignored as a whole;
/// - the digits in the links keys stay the links' own (each follows the
///   link it numbers).
extension Keymap {
    /// Actions that must keep a key that reaches them in each of these
    /// scopes, or a person could be stuck.
    static let essentials: [(action: Action, scopes: [KeyScope])] = [
        (.quit, [.contents, .body, .comparison, .bookmarks, .results]),
        (.showHelp, [.contents, .body, .comparison, .bookmarks, .results]),
        (.closeOverlay, [.help]),
        (.closeOverlay, [.decision]),
        (.closeOverlay, [.links]),
    ]

    /// The essential action `self` leaves with no key in some scope, and that scope.
    func unreachableEssential() -> (action: Action, scope: KeyScope)? {
        for (action, scopes) in Self.essentials {
            let keys = Set(bindings.filter { $0.action == action }.flatMap(\.keys))
            for scope in scopes where !keys.contains(where: { self.action(for: $0, in: scope) == action }) {
                return (action, scope)
            }
        }
        return nil
    }

    /// This keymap with `rebindings` applied, and the problems found.
    public func applying(_ rebindings: [KeyRebinding]) -> (keymap: Keymap, problems: [ConfigProblem]) {
        var keymap = self
        var problems: [ConfigProblem] = []
        /// Keys the file has given, per scope, and to what.
        var given: [KeyScope: [Key: Action]] = [:]
        for rebinding in rebindings {
            let scopeName = rebinding.scope.configName ?? ""
            let actionName = rebinding.action.configName ?? ""
            guard keymap.bindings.contains(where: { $0.scope == rebinding.scope && $0.action == rebinding.action }) else {
                let scopes = KeyScope.allCases.filter { scope in bindings.contains { $0.scope == scope && $0.action == rebinding.action } }
                problems.append(ConfigProblem(line: rebinding.line,
                    message: "'\(actionName)' is not an action of the \(scopeName) keys (it is one of: \(scopes.compactMap(\.configName).joined(separator: ", ")))"))
                continue
            }
            var keys: [Key] = []
            for (key, line) in zip(rebinding.keys, rebinding.keyLines) where !keys.contains(key) {
                if rebinding.scope == .links, case .chooseLink? = keymap.action(for: key, in: .links) {
                    problems.append(ConfigProblem(line: line,
                        message: "\(key.configName) follows the link it numbers in the links keys; ignored for '\(actionName)'"))
                    continue
                }
                if let earlier = given[rebinding.scope]?[key], earlier != rebinding.action {
                    problems.append(ConfigProblem(line: line,
                        message: "\(key.configName) is already bound to '\(earlier.configName ?? "")' in the \(scopeName) keys; ignored for '\(actionName)'"))
                    continue
                }
                keys.append(key)
            }
            var candidate = keymap
            candidate.rebind(rebinding.action, to: keys, in: rebinding.scope)
            if let stuck = candidate.unreachableEssential() {
                let stuckScope = stuck.scope.configName ?? ""
                problems.append(ConfigProblem(line: rebinding.line,
                    message: "this binding would leave no key for '\(stuck.action.configName ?? "")' in the \(stuckScope) keys; ignored"))
                continue
            }
            keymap = candidate
            for key in keys { given[rebinding.scope, default: [:]][key] = rebinding.action }
        }
        keymap.bindings.removeAll { $0.keys.isEmpty }
        return (keymap, problems)
    }

    /// Gives `action` exactly `keys` in `scope`, taking them from any other
    /// action of that scope. The action's first binding there keeps its
    /// place and summary; any further one for it there is emptied.
    mutating func rebind(_ action: Action, to keys: [Key], in scope: KeyScope) {
        var placed = false
        for index in bindings.indices where bindings[index].scope == scope {
            if bindings[index].action == action {
                bindings[index].keys = placed ? [] : keys
                placed = true
            } else {
                bindings[index].keys.removeAll { keys.contains($0) }
            }
        }
    }
}
