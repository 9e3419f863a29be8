import ReaderUI

/// The names a config file's `keys:` groups bindings under.
extension KeyScope {
    /// The scope's name in a config file; nil for the prompt, whose keys
    /// edit text and are not in the keymap.
    public var configName: String? {
        switch self {
        case .everywhere: "everywhere"
        case .contents: "contents"
        case .body: "article"
        case .comparison: "comparison"
        case .bookmarks: "bookmarks"
        case .results: "results"
        case .help: "help"
        case .decision: "decision"
        case .links: "links"
        case .prompt: nil
        }
    }

    /// The scope a config file names, or nil.
    public init?(configName: String) {
        guard let scope = Self.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = scope
    }

    /// Every name a config file may use, in the help's order.
    public static var configNames: [String] { allCases.compactMap(\.configName) }
}
