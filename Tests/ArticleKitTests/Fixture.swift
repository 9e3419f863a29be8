import Foundation

/// Paths to the test fixtures, found beside this source file (tests run
/// from a checkout; nothing outside the repository is read).
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let library = folder.appendingPathComponent("library")

    /// A new empty folder under the system's temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("weigh-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let topicsYAML = """
    topics:
      - id: onset
        title: How fast it acts
        question: How soon might it work?
    """

    /// A temporary library with a topics file and the given files.
    static func library(_ files: [String: String]) throws -> URL {
        let url = try temporaryFolder()
        try topicsYAML.write(to: url.appendingPathComponent("topics.yaml"), atomically: true, encoding: .utf8)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url
    }
}
