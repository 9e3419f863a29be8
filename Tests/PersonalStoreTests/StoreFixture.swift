import ArticleKit
import Foundation
@testable import PersonalStore

/// A throwaway data folder and helpers for opening stores in it.
struct StoreFixture: ~Copyable {
    let root: URL
    let directory: DataDirectory
    let clock = TestClock()

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("weigh-bookmarks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        directory = DataDirectory(url: root.appendingPathComponent("data/weigh"))
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func open() throws -> PersonalDatabase {
        let clock = self.clock
        return try PersonalDatabase(directory: directory, clock: { clock.now() })
    }

    var databaseURL: URL { directory.databaseURL }

    /// Names of the files in the data folder, sorted.
    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
    }
}

/// A clock that moves one second forward each time it is read, from a
/// fixed start, so creation order and times are predictable.
final class TestClock: Sendable {
    static let start = Date(timeIntervalSince1970: 1_795_615_512.345)  // 2026-11-25T14:05:12.345Z
    private let ticks = Locked(0)

    func now() -> Date {
        let tick = ticks.withLock { value in
            defer { value += 1 }
            return value
        }
        return Self.start.addingTimeInterval(Double(tick))
    }
}

extension PersonalDatabase {
    /// Adds a bookmark with little ceremony.
    @discardableResult
    func add(_ articleID: String, _ blockIndex: Int, offset: Int = 0, label: String? = nil) throws -> Bookmark {
        try add(at: ReadingPosition(articleID: articleID, blockIndex: blockIndex, offset: offset),
                sectionTitle: "Section \(blockIndex)", excerpt: "Text at block \(blockIndex)", label: label)
    }
}
