import ArticleKit

/// Where weigh looks for its config file: `--config FILE`, then
/// `WEIGH_CONFIG`, then `$XDG_CONFIG_HOME/weigh/config.yaml` (when that
/// variable is an absolute path), then `~/.config/weigh/config.yaml`.
/// A file named by the option or the variable must be there; the usual
/// place may have none (the defaults apply).
public struct ConfigFileLocation: Hashable, Sendable {
    public var path: String
    /// Whether the person named this file (option or variable), so its
    /// absence is a problem rather than the usual case.
    public var isExplicit: Bool

    public init(path: String, isExplicit: Bool) {
        self.path = path
        self.isExplicit = isExplicit
    }

    /// The config file for `option` and `environment`; nil when there is
    /// neither an explicit file nor a home folder to look in.
    public static func find(option: String? = nil, environment: ProcessEnvironment = .current) -> ConfigFileLocation? {
        if let option, !option.isEmpty { return ConfigFileLocation(path: option, isExplicit: true) }
        if let named = environment["WEIGH_CONFIG"], !named.isEmpty { return ConfigFileLocation(path: named, isExplicit: true) }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return ConfigFileLocation(path: joined(xdg, "weigh/config.yaml"), isExplicit: false)
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return ConfigFileLocation(path: joined(home, ".config/weigh/config.yaml"), isExplicit: false)
        }
        return nil
    }

    /// The folder holding the file (a relative `library` is taken from it).
    public var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func joined(_ folder: String, _ rest: String) -> String {
        (folder.hasSuffix("/") ? folder : folder + "/") + rest
    }
}
