import ArticleKit
import Foundation

/// Where weigh keeps its data (bookmarks, reading positions): the first of
/// `--data-dir`, `WEIGH_DATA_DIR`, `$XDG_DATA_HOME/weigh` and
/// `~/.local/share/weigh`.
public struct DataDirectory: Hashable, Sendable {
    public static let databaseFileName = "weigh.sqlite"

    public var url: URL

    public init(url: URL) {
        self.url = url
    }

    /// Resolves the folder from an explicit option and the environment.
    public static func resolve(option: String?, environment: ProcessEnvironment = .current) -> DataDirectory {
        if let option, !option.isEmpty {
            return DataDirectory(url: URL(fileURLWithPath: option))
        }
        if let explicit = environment["WEIGH_DATA_DIR"], !explicit.isEmpty {
            return DataDirectory(url: URL(fileURLWithPath: explicit))
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return DataDirectory(url: URL(fileURLWithPath: xdg).appendingToPath("weigh"))
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return DataDirectory(url: URL(fileURLWithPath: home).appendingToPath(".local/share/weigh"))
    }

    /// The personal database (bookmarks, positions, decision records) inside the folder.
    public var databaseURL: URL { url.appendingToPath(Self.databaseFileName) }
}
