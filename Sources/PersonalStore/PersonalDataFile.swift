import DecisionKit
import Foundation

/// The file `weigh export` writes and `weigh import` reads, documented in
/// docs/personal-data-format.md: everything personal — bookmarks, topic
/// ratings, notes, questions for the clinician and the stance history —
/// as `{"format": "weigh-personal-data", "version": 1, …}`. Store ids are
/// not in it (they are local to one data folder); a note on a bookmark
/// names the bookmark by its place in this file's `bookmarks` list.
struct PersonalDataFile: Codable {
    static let formatName = "weigh-personal-data"
    static let currentVersion = 1
    /// Larger files are refused before parsing: a hundred maximum-length
    /// notes and more still fit.
    static let maximumSize = 64 * 1024 * 1024

    var format = formatName
    var version = currentVersion
    var bookmarks: [BookmarkRecord] = []
    var importance: [Rating] = []
    var notes: [Note] = []
    var questions: [Question] = []
    var stances: [Stance] = []

    /// How much one topic matters, and when that was said.
    struct Rating: Codable {
        var topic: String
        /// 1–4 (`Importance`); a topic not rated is not listed.
        var level: Int
        var updatedAt: String
    }

    /// A note and what it is on: `on` is `claim` (with `claim`), `topic`
    /// (with `topic`) or `bookmark` (with `bookmark`, an index into the
    /// file's `bookmarks`).
    struct Note: Codable {
        var on: String
        var claim: ClaimSnapshot?
        var topic: String?
        var bookmark: Int?
        var text: String
        var createdAt: String
        var updatedAt: String
    }

    /// A question for the clinician, at its place in the list.
    struct Question: Codable {
        var text: String
        var position: Int
        var claim: ClaimSnapshot?
        var createdAt: String
    }

    /// One entry of the stance history.
    struct Stance: Codable {
        var leaning: String
        /// The SURE answers as four letters, `YNYN`, or absent.
        var sure: String?
        var recordedAt: String
    }

    init() {}

    /// Every list may be absent (an empty list).
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        version = try container.decode(Int.self, forKey: .version)
        bookmarks = try container.decodeIfPresent([BookmarkRecord].self, forKey: .bookmarks) ?? []
        importance = try container.decodeIfPresent([Rating].self, forKey: .importance) ?? []
        notes = try container.decodeIfPresent([Note].self, forKey: .notes) ?? []
        questions = try container.decodeIfPresent([Question].self, forKey: .questions) ?? []
        stances = try container.decodeIfPresent([Stance].self, forKey: .stances) ?? []
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Parses a whole file; throws `invalidPersonalData` naming the first
    /// problem and its place (`notes[2].text`).
    static func decode(_ data: Data) throws(PersonalStoreError) -> PersonalDataFile {
        guard data.count <= maximumSize else {
            throw .invalidPersonalData("larger than \(maximumSize / 1024 / 1024) MB")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) else {
            throw .invalidPersonalData("not valid JSON")
        }
        if let place = firstFraction(in: object, at: "") {
            throw .invalidPersonalData("\(place): must be a whole number")
        }
        if let problem = VersionedFileHeader.problem(in: data, format: formatName, kind: "weigh personal data file", currentVersion: currentVersion) {
            throw .invalidPersonalData(problem)
        }
        do {
            return try JSONDecoder().decode(PersonalDataFile.self, from: data)
        } catch {
            throw .invalidPersonalData(DecodingProblem.describe(error))
        }
    }

    /// The place of the first number that is not whole. Every number in
    /// the format is whole, and Foundation's decoder on Linux reports a
    /// fraction only as "not valid JSON", without saying where.
    private static func firstFraction(in value: Any, at place: String) -> String? {
        if let object = value as? [String: Any] {
            for key in object.keys.sorted() {
                if let found = firstFraction(in: object[key]!, at: place.isEmpty ? key : "\(place).\(key)") { return found }
            }
        } else if let list = value as? [Any] {
            for (index, element) in list.enumerated() {
                if let found = firstFraction(in: element, at: "\(place)[\(index)]") { return found }
            }
        } else if value is NSNumber, !(value is Int), !(value is Bool) {
            return place.isEmpty ? "the top level" : place
        }
        return nil
    }
}
