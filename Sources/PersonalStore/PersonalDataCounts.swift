import Foundation

/// How many records of each kind: what an export holds, or what an
/// import added.
public struct PersonalDataCounts: Hashable, Sendable, CustomStringConvertible {
    public var bookmarks = 0
    public var ratings = 0
    public var notes = 0
    public var questions = 0
    public var stances = 0

    public init() {}

    public var total: Int { bookmarks + ratings + notes + questions + stances }

    /// "2 bookmarks, 1 rating, 0 notes, 3 questions, 1 stance".
    public var description: String {
        [(bookmarks, "bookmark"), (ratings, "rating"), (notes, "note"), (questions, "question"), (stances, "stance")]
            .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: ", ")
    }
}

/// What `importPersonalData` did: records added, records already present
/// but replaced by a newer version from the file (a rating or an edited
/// note), and records left out as duplicates.
public struct PersonalDataImportSummary: Hashable, Sendable {
    public var added = PersonalDataCounts()
    public var updated = 0
    public var skipped = 0

    public init() {}
}

/// An export file's bytes and what it holds, from one read of the store.
public struct PersonalDataExport: Sendable {
    public var json: Data
    public var counts: PersonalDataCounts
}
