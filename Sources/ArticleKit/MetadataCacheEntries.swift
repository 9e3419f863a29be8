/// The entries of a metadata cache file, decoded one at a time in file-name
/// order, so the first screen of a 100,000-article library waits for the
/// first entries only. A damaged entry ends the sequence (`isComplete` is
/// then false) and the files after it are parsed instead.
struct MetadataCacheEntries: Sendable {
    private var reader: CacheByteReader
    let topicsKey: String?
    let topics: CachedTopics?
    private let listing: CachedFolderListing?
    private var remaining: Int
    /// How many entries the file holds.
    let count: Int
    private var damaged = false

    init(_ bytes: CacheFileBytes) throws(CacheByteReader.Damaged) {
        reader = CacheByteReader(bytes)
        let header = try MetadataCache.decodeHeader(&reader)
        topicsKey = header.topicsKey
        topics = header.topics
        listing = header.listing
        remaining = header.count
        count = header.count
    }

    /// The stamp the folder had when its cached listing was made, if the
    /// cache has one.
    var listingStamp: FileStamp? { listing?.stamp }

    /// The cached listing if the folder's stamp is still `stamp` and the
    /// listing is intact (a copy, independent of the cache file); nil
    /// means: list the folder.
    func listing(ifFolderStamp stamp: FileStamp) -> CachedFolderListing? {
        guard let listing, listing.stamp == stamp, listing.isIntact() else { return nil }
        return listing.detached()
    }

    /// Whether every entry was read and the file ended just after them.
    var isComplete: Bool { !damaged && remaining == 0 && reader.isAtEnd }

    /// Whether no entry is left to read.
    var isExhausted: Bool { damaged || remaining == 0 }

    mutating func next() -> (name: String, file: CachedArticleFile)? {
        guard remaining > 0, !damaged else { return nil }
        do {
            let entry = try MetadataCache.decodeEntry(&reader)
            remaining -= 1
            return entry
        } catch {
            damaged = true
            return nil
        }
    }
}
