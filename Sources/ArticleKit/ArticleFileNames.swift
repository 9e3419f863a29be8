/// The article file names a `LibraryLoader` takes in turn, in
/// `FileNameOrder`: as listed from the folder, or read one at a time from
/// the metadata cache's copy of the listing (`CachedFolderListing`), so
/// that a 100,000-name listing costs nothing before the first files load.
struct ArticleFileNames: Sendable {
    private enum Source: Sendable {
        case listed([String])
        case cached(CachedFolderListing.Cursor)
    }

    let count: Int
    private var source: Source
    private var taken = 0

    init(listed names: [String]) {
        count = names.count
        source = .listed(names)
    }

    /// The names of an intact cached listing.
    init(cached listing: CachedFolderListing) {
        count = listing.count
        source = .cached(listing.cursor)
    }

    /// The next name; nil after the last.
    mutating func next() -> String? {
        guard taken < count else { return nil }
        defer { taken += 1 }
        switch source {
        case .listed(let names):
            return names[taken]
        case .cached(var cursor):
            let name = cursor.next()
            source = .cached(cursor)
            return name
        }
    }
}
