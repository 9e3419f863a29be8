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

    /// A loader for the library at `path` (or found as `LibraryLocation`
    /// says, with the config file's `library`, read only if needed).
    static func loader(path: String?, configured: @autoclosure () -> String? = UserConfig.load().configuration.library,
                       cached: Bool = true) throws -> LibraryLoader {
        let folder = try LibraryLocation.find(explicit: path, configured: configured())
        do {
            return try LibraryLoader(folder: folder, cacheFile: cached ? LibraryLoader.defaultCacheFile(for: folder) : nil)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

/// Finds the library folder: an explicit path, `WEIGH_LIBRARY`, the
/// config file's `library`, `./Articles`, then
/// `PREFIX/share/weigh/Articles` beside the installed executable. The installed location is worked out only when
/// `./Articles` is not there: finding the executable through
/// `Bundle.main` lists the executable's whole folder, milliseconds of
/// start-up in a large `bin`. `./Articles` is found as a string, without
/// readying Foundation's URL parsing on the way to the first frame.
enum LibraryLocation {
    static func find(explicit: String?, configured: @autoclosure () -> String? = nil, environment: ProcessEnvironment = .current) throws -> URL {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let fromEnvironment = environment["WEIGH_LIBRARY"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment)
        }
        if let configured = configured() { return URL(fileURLWithPath: configured) }
        let local = localLibraryPath()
        if isDirectory(local) { return URL(fileURLWithPath: local, isDirectory: true) }
        let installed = installedLibrary()
        if let installed, isDirectory(installed.path) { return installed }
        let candidates = [local] + (installed.map { [$0.path] } ?? [])
        throw CommandFailure("no library found; looked in \(candidates.joined(separator: " and ")). Use --library DIR or set WEIGH_LIBRARY")
    }

    /// `Articles` in the current directory, as an absolute path when the
    /// directory can be named.
    private static func localLibraryPath() -> String {
        guard let directory = getcwd(nil, 0) else { return "Articles" }
        defer { free(directory) }
        let current = String(cString: directory)
        return (current.hasSuffix("/") ? current : current + "/") + "Articles"
    }

    /// `PREFIX/share/weigh/Articles` for the executable at
    /// `PREFIX/bin/weigh` (symbolic links followed), or nil when the
    /// executable cannot be found.
    static func installedLibrary() -> URL? {
        guard let executable = executablePath() else { return nil }
        let prefix = URL(fileURLWithPath: executable).deletingLastPathComponent().deletingLastPathComponent()
        return prefix.appendingPathComponent("share/weigh/Articles")
    }

    /// The running executable's real path.
    static func executablePath() -> String? {
        #if os(Linux)
        // The kernel's answer has every symbolic link already resolved.
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 {
            return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath().path
    }

    /// Whether `path` names a directory (symbolic links followed).
    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
