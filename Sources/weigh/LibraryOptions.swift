import ArgumentParser
import ArticleKit
import Foundation

/// The `--library DIR` option every subcommand takes, and how a library is
/// found when it is not given.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The library folder (topics.yaml and .md articles).", valueName: "dir"),
            completion: .directory)
    var library: String?

    /// Loads the library, or prints one clear line and fails. `cached`:
    /// use and refresh the metadata cache (`weigh check` parses every file).
    func load(explicit: String? = nil, cached: Bool = true) throws -> Library {
        var loader = try loader(explicit: explicit, cached: cached)
        loader.loadAll()
        loader.saveCache()
        return loader.library
    }

    /// A loader for the library that has read nothing yet (see `LibraryLoader`).
    func loader(explicit: String? = nil, cached: Bool = true) throws -> LibraryLoader {
        try Self.loader(path: explicit ?? library, cached: cached)
    }

    /// A loader for the library at `path` (or found as `LibraryLocation` says).
    static func loader(path: String?, cached: Bool = true) throws -> LibraryLoader {
        let folder = try LibraryLocation.find(explicit: path)
        do {
            return try LibraryLoader(folder: folder, cacheFile: cached ? LibraryLoader.defaultCacheFile(for: folder) : nil)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

/// Finds the library folder: an explicit path, `WEIGH_LIBRARY`,
/// `./Articles`, then `PREFIX/share/weigh/Articles` beside the installed
/// executable.
enum LibraryLocation {
    static func find(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let fromEnvironment = environment["WEIGH_LIBRARY"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment)
        }
        let candidates = defaultCandidates()
        if let found = candidates.first(where: { isDirectory($0) }) { return found }
        throw CommandFailure("no library found; looked in \(candidates.map(\.path).joined(separator: " and ")). Use --library DIR or set WEIGH_LIBRARY")
    }

    static func defaultCandidates() -> [URL] {
        var candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Articles")]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let prefix = executable.deletingLastPathComponent().deletingLastPathComponent()
            candidates.append(prefix.appendingPathComponent("share/weigh/Articles"))
        }
        return candidates
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
