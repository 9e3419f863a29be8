import Foundation

/// An export file's bytes and the number of bookmarks in it, taken from
/// the same read of the store.
public struct BookmarkExport: Sendable {
    /// The file, in the format of docs/bookmarks-format.md.
    public var json: Data
    /// How many bookmarks `json` holds.
    public var count: Int

    public init(json: Data, count: Int) {
        self.json = json
        self.count = count
    }
}
