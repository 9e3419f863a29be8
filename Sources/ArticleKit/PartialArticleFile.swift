
/// A long article file that joined the library with only its body's first
/// piece parsed (`Article.isPartial`), waiting for the whole parse.
///
/// It keeps the bytes that piece came from, so the whole is parsed from
/// the same text, and lets them go when they are taken: a class, so every
/// copy of the loader (the reader keeps one, the background thread works
/// on another) shares one copy of the bytes and none outlives the parse.
final class PartialArticleFile: Sendable {
    let name: String
    let displayPath: String
    /// The stamp the file had when it was read, for its cache entry.
    let stamp: FileStamp?
    /// Where the partial article stands in the library's articles; nil when
    /// it was left out (a duplicate id), so only its problems and its cache
    /// entry wait for the whole.
    let index: Int?
    private let bytes: Locked<[UInt8]?>

    init(name: String, displayPath: String, stamp: FileStamp?, index: Int?, bytes: [UInt8]) {
        self.name = name
        self.displayPath = displayPath
        self.stamp = stamp
        self.index = index
        self.bytes = Locked(bytes)
    }

    /// The bytes, handed over once; nil after that.
    func takeBytes() -> [UInt8]? {
        bytes.withLock { bytes in
            defer { bytes = nil }
            return bytes
        }
    }
}
