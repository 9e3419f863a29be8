/// Why the bookmark store could not do what was asked. Every case reads as
/// one line a person can act on (`description`).
public enum PersonalStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The data folder or the database cannot be created or written, so
    /// bookmarks and reading positions cannot be saved. `path` is the folder
    /// or file at fault, `reason` what the system said.
    case cannotSave(path: String, reason: String)
    /// The database was made by a newer weigh (a schema this one does not
    /// know). The file was left byte-for-byte untouched.
    case newerSchema(path: String, detail: String)
    /// An import file that was rejected as a whole; nothing was imported.
    case invalidImport(String)
    /// A value the store refuses to save (a negative position, an empty
    /// article id).
    case invalidValue(String)
    /// No bookmark has this id.
    case noSuchBookmark(id: Int64)
    /// A note, question or rating the store refuses (too long, empty,
    /// out of range); `reason` names the value.
    case invalidRecord(String)
    /// No such note or question: `record` names it ("note #4").
    case noSuchRecord(String)
    /// A personal-data file (docs/personal-data-format.md) rejected as a
    /// whole; nothing was imported.
    case invalidPersonalData(String)
    /// Any other database failure (for example the database stayed locked).
    case databaseFailure(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotSave(let path, let reason):
            "bookmarks cannot be saved: \(path): \(reason)"
        case .newerSchema(let path, let detail):
            "the personal database \(path) was made by a newer version of weigh (\(detail)); "
                + "it was left untouched. Update weigh, or choose another folder with --data-dir"
        case .invalidImport(let reason):
            "invalid bookmarks file: \(reason); nothing was imported"
        case .invalidValue(let reason):
            "cannot save this bookmark: \(reason)"
        case .noSuchBookmark(let id):
            "no bookmark #\(id)"
        case .invalidRecord(let reason):
            "cannot save this: \(reason)"
        case .noSuchRecord(let record):
            "no \(record)"
        case .invalidPersonalData(let reason):
            "invalid personal data file: \(reason); nothing was imported"
        case .databaseFailure(let path, let reason):
            "personal database \(path): \(reason)"
        }
    }
}
