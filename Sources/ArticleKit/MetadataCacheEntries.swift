/// The entries of a metadata cache file, decoded one at a time in file-name
/// order, so the first screen of a 100,000-article library waits for the
/// first entries only. A damaged entry ends the sequence (`isComplete` is
/// then false) and the files after it are parsed instead.
struct MetadataCacheEntries: Sendable {
    private var reader: CacheByteReader
    let topicsKey: String?
    private var remaining: Int
    private var damaged = false

    init(_ bytes: CacheFileBytes) throws(CacheByteReader.Damaged) {
        reader = CacheByteReader(bytes)
        (topicsKey, remaining) = try MetadataCache.decodeHeader(&reader)
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
