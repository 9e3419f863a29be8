import ArticleKit
import Foundation
import ReaderConfig

/// The config file as this run of weigh found it: where it is, what it
/// sets, and what was wrong in it. A missing file at the usual place is
/// the defaults with no problem; a file named by `--config` or
/// `WEIGH_CONFIG` must be there.
struct UserConfig {
    var location: ConfigFileLocation?
    var configuration = Configuration.standard
    var problems: [ConfigProblem] = []
    /// Whether a file was found and read.
    var wasRead = false

    /// Reads the config file `option` or the environment names, or the usual one.
    static func load(option: String? = nil, environment: ProcessEnvironment = .current) -> UserConfig {
        guard let location = ConfigFileLocation.find(option: option, environment: environment) else { return UserConfig() }
        return load(location, home: environment["HOME"])
    }

    static func load(_ location: ConfigFileLocation, home: String?) -> UserConfig {
        var config = UserConfig(location: location)
        let path = location.path
        guard access(path, F_OK) == 0 else {
            if location.isExplicit { config.problems = [ConfigProblem(line: 1, message: "there is no such file; using the defaults")] }
            return config
        }
        // Twice the YAML limit is read, so a larger file is refused as too large.
        guard let handle = FileHandle(forReadingAtPath: path),
              let data = try? handle.read(upToCount: YAMLComposition.maximumBytes * 2) else {
            config.problems = [ConfigProblem(line: 1, message: "cannot read the file (\(String(cString: strerror(errno)))); using the defaults")]
            return config
        }
        try? handle.close()
        guard let text = String(data: data, encoding: .utf8) else {
            config.problems = [ConfigProblem(line: 1, message: "the file is not UTF-8 text; using the defaults")]
            return config
        }
        let parsed = ConfigFileParser.parse(text, folder: location.folder, home: home.flatMap { $0.hasPrefix("/") ? $0 : nil })
        config.configuration = parsed.configuration
        config.problems = parsed.problems
        config.wasRead = true
        return config
    }

    /// Each problem as `FILE:LINE: message`, the file named as given.
    var problemLines: [String] {
        guard let path = location?.path else { return [] }
        let file = TextSanitizer.clean(path)
        return problems.map { $0.text(file: file) }
    }

    /// The problems in one status-line message: the first, with its line,
    /// and how many more (`weigh config --check` lists them all).
    var statusMessage: String? {
        guard let first = problems.first, let path = location?.path else { return nil }
        let name = TextSanitizer.clean(URL(fileURLWithPath: path).lastPathComponent)
        let more = problems.count > 1 ? " (and \(problems.count - 1) more: weigh config --check)" : ""
        return first.text(file: name) + more
    }
}
