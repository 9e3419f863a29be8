import Foundation

/// The `format` and `version` keys every weigh export file starts with,
/// read before the rest so a file of another kind gets a plain "not a
/// weigh … file" rather than a complaint about fields, and a newer file
/// is refused before its contents are judged.
struct VersionedFileHeader: Decodable {
    var format: String?
    var version: Int?

    /// What is wrong with the header of `data`, or nil if it names
    /// `format` at a version from 1 to `currentVersion`. `kind` names the
    /// file in the message ("weigh bookmarks file").
    static func problem(in data: Data, format: String, kind: String, currentVersion: Int) -> String? {
        let header: VersionedFileHeader
        do {
            header = try JSONDecoder().decode(VersionedFileHeader.self, from: data)
        } catch {
            return DecodingProblem.describe(error)
        }
        guard header.format == format else {
            return "not a \(kind) (\"format\" must be \"\(format)\")"
        }
        guard let version = header.version, version >= 1 else {
            return "\"version\" must be a whole number, 1 or more"
        }
        guard version <= currentVersion else {
            return "version \(version) is newer than this weigh reads (up to \(currentVersion))"
        }
        return nil
    }
}
