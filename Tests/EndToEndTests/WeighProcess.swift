import Foundation

/// Runs the built `weigh` executable and captures what it prints.
struct WeighProcess {
    /// The repository checkout the tests run from.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let bundledLibrary = repository.appendingPathComponent("Articles")
    static let fixtureLibrary = repository.appendingPathComponent("Tests/ArticleKitTests/Fixtures/library")

    /// `weigh` beside the test bundle (both are in the build products
    /// folder), or the one `WEIGH_TEST_EXECUTABLE` names: the end-to-end
    /// tests can check a release build, which is linked differently.
    static let executable: URL = {
        if let chosen = ProcessInfo.processInfo.environment["WEIGH_TEST_EXECUTABLE"], !chosen.isEmpty {
            return URL(fileURLWithPath: chosen)
        }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("weigh")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return repository.appendingPathComponent(".build/debug/weigh")
    }()

    /// What every `weigh` a test starts is given: a fixed PATH, HOME and
    /// locale, and of the test runner's own environment only the
    /// sanitizers' options (`scripts/sanitize`: where reports go, leak
    /// suppressions), so a sanitized build behaves and reports in a child
    /// as in the runner.
    static func environment(home: String = FileManager.default.temporaryDirectory.path) -> [String: String] {
        var environment = ["PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8"]
        let inherited = ProcessInfo.processInfo.environment
        for name in passedThrough { environment[name] = inherited[name] }
        return environment
    }

    static let passedThrough = ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS"]

    struct Result {
        var status: Int32
        var output: Data
        var error: String
        var text: String { String(decoding: output, as: UTF8.self) }
        var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(text.hasSuffix("\n") ? 1 : 0) }
    }

    /// Runs `weigh arguments…` (or another copy of it, `program`) in
    /// `directory` with a clean environment.
    static func run(_ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:],
                    program: URL = executable) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repository
        var environment = Self.environment()
        environment.merge(extra) { $1 }
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: outputData, error: String(decoding: errorData, as: UTF8.self))
    }

    /// A new empty folder under the system's temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("weigh-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A temporary library folder: a `topics.yaml` with one topic
    /// (`onset`) and the article files in `articles` (name → text).
    static func temporaryLibrary(_ articles: [String: String]) throws -> URL {
        let folder = try temporaryFolder()
        try "topics:\n  - id: onset\n    title: Onset\n    question: How soon?\n"
            .write(to: folder.appendingPathComponent("topics.yaml"), atomically: true, encoding: .utf8)
        for (name, text) in articles {
            try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        return folder
    }
}
