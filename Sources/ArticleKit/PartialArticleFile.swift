/// A long article file that joined the library with only its body's first
/// piece parsed (`Article.isPartial`), waiting for the whole parse, which
/// reads the file again (`LibraryLoader.parseWhole`).
struct PartialArticleFile: Sendable {
    let name: String
    let displayPath: String
    /// The stamp the file had when it was read, for its cache entry.
    let stamp: FileStamp?
    /// Where the partial article stands in the library's articles; nil when
    /// it was left out (a duplicate id), so only its problems and its cache
    /// entry wait for the whole.
    let index: Int?
}
