import Foundation
@testable import ArticleKit

/// The hostile corpus (`Tests/Fixtures/hostile/library`). `bad-*.md`
/// files must be reported; every other `.md` file must load without a
/// problem, and no string loaded from it may hold a scalar that
/// `SafeScalars.isUnsafeInModel` refuses.
enum HostileCorpus {
    static let library = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile/library")

    /// The corpus's article files, sorted.
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: library.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }()

    /// The corpus loaded once, with how long the load took.
    static let loaded: (library: Library, seconds: Double) = {
        var result = Library(topics: [], articles: [])
        let time = seconds { result = (try? Library.load(from: library)) ?? result }
        return (result, time)
    }()

    /// How many lists and quotes deep the blocks go.
    static func depth(of blocks: [Block]) -> Int {
        blocks.map { block in
            switch block {
            case .list(let list): 1 + (list.items.map(depth(of:)).max() ?? 0)
            case .quote(let inner): 1 + depth(of: inner)
            default: 0
            }
        }.max() ?? 0
    }

    /// A new folder with the corpus's topics file and the given files.
    static func temporaryLibrary(_ files: [String: String]) throws -> URL {
        let folder = try Fixture.temporaryFolder()
        try FileManager.default.copyItem(at: library.appendingPathComponent("topics.yaml"), to: folder.appendingPathComponent("topics.yaml"))
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func seconds(_ work: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try work()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
