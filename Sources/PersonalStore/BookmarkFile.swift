import Foundation

/// The export/import format, documented in docs/bookmarks-format.md:
/// `{"format": "weigh-bookmarks", "version": 1, "bookmarks": [...]}`.
struct BookmarkFile: Codable {
    static let formatName = "weigh-bookmarks"
    static let currentVersion = 1
    /// Larger files are refused before parsing.
    static let maximumSize = 32 * 1024 * 1024

    var format: String
    var version: Int
    var bookmarks: [Entry]

    /// One bookmark in the file: everything but the store's id.
    typealias Entry = BookmarkRecord

    init(bookmarks: [Bookmark]) {
        format = Self.formatName
        version = Self.currentVersion
        self.bookmarks = bookmarks.map(BookmarkRecord.init)
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Parses and checks a whole file; throws `invalidImport` naming the
    /// first problem.
    static func decode(_ data: Data) throws(PersonalStoreError) -> BookmarkFile {
        guard data.count <= maximumSize else {
            throw .invalidImport("larger than \(maximumSize / 1024 / 1024) MB")
        }
        try checkWholeNumbers(data)
        if let problem = VersionedFileHeader.problem(in: data, format: formatName, kind: "weigh bookmarks file", currentVersion: currentVersion) {
            throw .invalidImport(problem)
        }
        do {
            return try JSONDecoder().decode(BookmarkFile.self, from: data)
        } catch {
            throw .invalidImport(DecodingProblem.describe(error))
        }
    }

    /// Foundation's decoder on Linux reports a number that is not a whole
    /// `Int` (such as `1.5`) as "not valid JSON" with no place; find it
    /// first so the message can say where.
    private static func checkWholeNumbers(_ data: Data) throws(PersonalStoreError) {
        guard let object = try? JSONSerialization.jsonObject(with: data) else {
            throw .invalidImport("not valid JSON")
        }
        guard let root = object as? [String: Any] else { return }
        if root["version"] is NSNumber, !(root["version"] is Int) {
            throw .invalidImport("\"version\" must be a whole number, 1 or more")
        }
        guard let entries = root["bookmarks"] as? [Any] else { return }
        for (index, entry) in entries.enumerated() {
            guard let fields = entry as? [String: Any] else { continue }
            for key in ["blockIndex", "offset"] where fields[key] is NSNumber && !(fields[key] is Int) {
                throw .invalidImport("bookmarks[\(index)].\(key): must be a whole number")
            }
        }
    }
}
