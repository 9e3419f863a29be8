import Foundation

/// A bookmarks export file as the store tests read and write it
/// (docs/bookmarks-format.md).
struct ExportFile: Decodable {
    struct Entry: Decodable {
        var articleID: String
        var label: String?
        var createdAt: String
    }

    var format: String
    var version: Int
    var bookmarks: [Entry]

    /// Decodes a file, insisting on the format's name and version.
    static func decode(_ data: Data) throws -> ExportFile {
        let file = try JSONDecoder().decode(ExportFile.self, from: data)
        guard file.format == "weigh-bookmarks", file.version == 1 else { throw CocoaError(.fileReadCorruptFile) }
        return file
    }

    /// A file with one bookmark in the `about` article per label.
    static func text(labels: [String]) -> String {
        let entries = labels.enumerated().map { index, label in
            """
            {"articleID": "about", "blockIndex": \(index), "offset": 0, "sectionTitle": null, \
            "excerpt": "imported", "label": "\(label)", "createdAt": "2026-11-25T14:05:12.000Z"}
            """
        }
        return #"{"format": "weigh-bookmarks", "version": 1, "bookmarks": ["# + entries.joined(separator: ",") + "]}\n"
    }
}
