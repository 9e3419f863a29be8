import ReaderUI

/// One binding a config file asks for: in `scope`, `action` takes exactly
/// `keys` (the first is the one the status line shows). Lines say where
/// each part was written, for problems.
public struct KeyRebinding: Hashable, Sendable {
    public var scope: KeyScope
    public var action: Action
    public var keys: [Key]
    /// The line of the action's name, and of each key.
    public var line: Int
    public var keyLines: [Int]

    public init(scope: KeyScope, action: Action, keys: [Key], line: Int, keyLines: [Int]? = nil) {
        self.scope = scope
        self.action = action
        self.keys = keys
        self.line = line
        self.keyLines = keyLines ?? keys.map { _ in line }
    }
}
