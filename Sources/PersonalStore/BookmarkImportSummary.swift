/// What an import did: how many bookmarks it added, and how many it left
/// out because the store already had them (or the file had them twice).
public struct BookmarkImportSummary: Hashable, Sendable {
    public var imported: Int
    public var skipped: Int

    public init(imported: Int, skipped: Int) {
        self.imported = imported
        self.skipped = skipped
    }
}
