import Foundation

/// Loads a library folder one article file at a time, so a reader can show
/// its first screen after a handful of files and take the rest in the
/// background (`Library.load` runs it to the end in one go).
///
/// With a metadata cache file, a file whose `FileStamp` matches its cache
/// entry is not parsed at all: its article is rebuilt from the cached front
/// matter and sections, and its body is read only when someone reads it.
public struct LibraryLoader: Sendable {
    /// What has loaded so far; complete once `isComplete`.
    public private(set) var library: Library
    /// Article files in the folder, and how many have loaded whole.
    public var fileCount: Int { names.count }
    public var filesLoaded: Int { filesTaken - partialFiles.count }
    /// Files taken from the cache rather than parsed.
    public private(set) var cacheHits = 0
    public var isComplete: Bool { allFilesTaken && partialFiles.isEmpty }
    /// Whether every file has been taken, some perhaps only in part.
    public var allFilesTaken: Bool { filesTaken == names.count }
    /// Whether freshly parsed articles keep their blocks in memory. A
    /// reader keeps those it is about to show and lets the rest be read
    /// again when opened, so a large library does not hold every body.
    public var keepsBodies = true
    /// Whether a long file (over `longFileBytes`) that has to be parsed
    /// joins the library with only its body's first piece parsed
    /// (`Article.isPartial`), so a reader can show its start at once. Once
    /// this is off, `loadNext` parses those files whole before any other,
    /// putting each in its partial article's place.
    public var defersLongBodies = false
    /// A file this long takes about a first frame's budget to parse whole,
    /// and a 10 MB one many frames' (docs/performance.md).
    public static let longFileBytes = 1 << 20
    /// `longFileBytes`, or less in tests.
    var longFileThreshold = Self.longFileBytes

    private let folder: LibraryFolder
    /// The library folder's path as problems name it (`file:line:` starts
    /// with it followed by the file name).
    public var folderPath: String { folder.displayPath }
    private var names: ArticleFileNames
    /// A new listing with the folder's stamp, when the cache can keep it.
    private let listing: FolderListing?
    /// The cache's listing, when the names came from it.
    private let cachedListing: CachedFolderListing?
    private let topicIDs: Set<String>?
    /// `topics.yaml` decoded, as the cache keeps it.
    private let topicsRecord: CachedTopics?
    /// The topic ids as the cache records them: claims were checked
    /// against exactly these, so other topics make every entry stale.
    private let topicsKey: String?
    private var fileOfID: [String: String] = [:]
    private let cacheFile: URL?
    /// Cache entries not yet matched; both they and `names` are in
    /// file-name order, so the two are merged as loading goes.
    private var cached: MetadataCacheEntries?
    private var nextCached: (name: String, file: CachedArticleFile)?
    private var entries: [String: CachedArticleFile] = [:]
    private var cacheIsStale: Bool
    /// Files taken from `names` so far, and those of them still partial.
    private var filesTaken = 0
    private var partialFiles: [PartialArticleFile] = []

    /// Lists the folder and reads `topics.yaml`. Throws only when the folder
    /// itself cannot be read. `cacheFile`: where the metadata cache is read
    /// from and written to (nil: parse everything, write nothing). A large
    /// folder that has not changed since the cache was written is not
    /// listed again: its names come from the cache (`FolderListing`).
    public init(folder url: URL, cacheFile: URL? = nil) throws(LibraryError) {
        try self.init(folder: url, cacheFile: cacheFile, listingCachedFrom: FolderListing.cachedFromCount, now: FolderListing.wallClock())
    }

    /// `listingCachedFrom`: the fewest names worth keeping the listing of;
    /// `now`: the time (ns since 1970) the folder's last change is measured
    /// against (`FolderListing.settledStamp`).
    init(folder url: URL, cacheFile: URL?, listingCachedFrom: Int, now: Int64) throws(LibraryError) {
        folder = try LibraryFolder(url: url)
        var header: MetadataCacheEntries?
        if let cacheFile, let bytes = CacheFileBytes(mapping: cacheFile.path) {
            header = try? MetadataCacheEntries(bytes)
        }
        let loaded = Self.loadTopics(folder, cached: header?.topics)
        topicIDs = loaded.topics.map { Set($0.map(\.id)) }
        topicsRecord = loaded.record
        topicsFromCache = loaded.fromCache
        library = Library(topics: loaded.topics ?? [], articles: [], problems: loaded.problems)
        self.cacheFile = cacheFile
        topicsKey = topicIDs.map { $0.sorted().joined(separator: ",") }
        var entries: MetadataCacheEntries?
        if let header, header.topicsKey == topicsKey {
            entries = header
        }
        cached = entries
        if let count = entries?.count { self.entries.reserveCapacity(count) }
        cacheIsStale = cacheFile != nil && (entries == nil || header?.topics != topicsRecord)
        // The stamp is taken before listing, so a change made while the
        // folder is listed makes it differ next time.
        let stamp = cacheFile == nil ? nil : FolderListing.settledStamp(ofFolder: folder.displayPath, now: now)
        if let stamp, let cachedListing = entries?.listing(ifFolderStamp: stamp) {
            names = ArticleFileNames(cached: cachedListing)
            self.cachedListing = cachedListing
            listing = nil
            listedFromCache = true
        } else {
            let listed = try folder.articleFileNames()
            names = ArticleFileNames(listed: listed)
            cachedListing = nil
            listing = stamp.flatMap { listed.count >= listingCachedFrom ? FolderListing(stamp: $0, names: listed) : nil }
            cacheIsStale = cacheIsStale || listing != nil
        }
    }

    /// Whether the file names came from the cache instead of the folder.
    private(set) var listedFromCache = false
    /// Whether the topics came from the cache instead of `topics.yaml`'s
    /// YAML.
    private(set) var topicsFromCache = false

    /// The default cache file for the library in `folder` (see
    /// `MetadataCache.location`), or nil when there is no home folder.
    public static func defaultCacheFile(for folder: URL) -> URL? {
        guard let resolved = realpath(folder.path, nil) else { return nil }
        defer { free(resolved) }
        return MetadataCache.location(for: String(cString: resolved))
    }

    /// Loads up to `count` more files: first the whole of those taken in
    /// part (unless `defersLongBodies`), then files not yet taken.
    public mutating func loadNext(_ count: Int) {
        var remaining = max(0, count)
        while !defersLongBodies, remaining > 0, !partialFiles.isEmpty {
            loadWhole(partialFiles.removeFirst())
            remaining -= 1
        }
        let end = min(names.count, filesTaken + remaining)
        while filesTaken < end {
            load(names.next() ?? "")
            filesTaken += 1
        }
        if isComplete, nextCached != nil || cached?.isExhausted == false {
            cacheIsStale = true  // entries of files deleted since
        }
    }

    /// Loads every remaining file.
    public mutating func loadAll() {
        defersLongBodies = false
        loadNext(names.count - filesLoaded)
    }

    /// Writes the metadata cache if anything in it changed: every file
    /// taken so far (so a reader closed halfway through a first load still
    /// leaves the next one less to do). A failure to write is not an error;
    /// the cache is optional.
    @discardableResult
    public mutating func saveCache() -> Bool {
        guard let cacheFile, cacheIsStale else { return false }
        cacheIsStale = !isComplete
        // A listing taken from the cache is kept as it is.
        let keptListing = listing ?? cachedListing.map { FolderListing(stamp: $0.stamp, names: $0.names()) }
        return MetadataCache(topicsKey: topicsKey, topics: topicsRecord, listing: keptListing, files: entries).write(to: cacheFile)
    }

    private mutating func load(_ name: String) {
        let path = folder.display(name)
        let stamp = cacheFile == nil ? nil : FileStamp.of(path: path)
        let parsed: ParsedFile
        if let stamp, let hit = cachedEntry(for: name), hit.stamp == stamp {
            cacheHits += 1
            entries[name] = hit
            parsed = ParsedFile(article: hit.article?.article(fileName: name, source: BodySource(folder: folder, fileName: name)),
                                problems: hit.problems.map { LoadProblem(file: path, line: $0.line, message: $0.message) })
        } else {
            cacheIsStale = cacheIsStale || cacheFile != nil
            parsed = parse(name, displayPath: path, allowingPart: defersLongBodies)
            // A partial article is cached once it is whole.
            if !parsed.isPartial, let stamp { entries[name] = parsed.cacheEntry(stamp: stamp) }
        }
        library.problems += parsed.problems
        guard let article = parsed.article else { return }
        let duplicate = fileOfID[article.id]
        if parsed.isPartial {
            partialFiles.append(PartialArticleFile(name: name, displayPath: path, stamp: stamp,
                                                   index: duplicate == nil ? library.articles.count : nil))
        }
        if let other = duplicate {
            library.problems.append(LoadProblem(file: path, line: 1, message: "duplicate id '\(article.id)' (already used by \(other)); this article is left out"))
            return
        }
        fileOfID[article.id] = name
        library.articles.append(article)
    }

    /// Parses a file taken in part, read again whole, and puts the whole
    /// article in the partial one's place, its first piece already parsed:
    /// the reader showing it then does not parse it on its own thread.
    private mutating func loadWhole(_ partial: PartialArticleFile) {
        let (parsed, stamp) = parseWhole(partial.name, displayPath: partial.displayPath)
        // Stamped as read now: the file may have changed since its first
        // piece was read, and the entry must describe what was parsed.
        if partial.stamp != nil, let stamp {
            entries[partial.name] = parsed.cacheEntry(stamp: stamp)
            cacheIsStale = true
        }
        library.problems += parsed.problems
        guard let index = partial.index else { return }  // left out: a duplicate id
        if let whole = parsed.article, whole.id == library.articles[index].id {
            _ = whole.body.block(at: 0)
            library.articles[index] = whole
        } else {
            // Only if the file changed since its first piece was read and
            // now has another id (or none): the part stays for this run;
            // the cache holds what was read, so the next run shows that.
            library.problems.append(LoadProblem(file: partial.displayPath, line: 1,
                message: "changed while it was being read; only its beginning is shown"))
        }
    }

    /// The cache's entry for `name`, passing over entries of files that
    /// are gone (which makes the cache stale, as does a new file).
    private mutating func cachedEntry(for name: String) -> CachedArticleFile? {
        while cached != nil {
            if nextCached == nil {
                nextCached = cached?.next()
                if nextCached == nil {
                    cacheIsStale = cacheIsStale || cached?.isComplete == false
                    cached = nil
                    return nil
                }
            }
            guard let entry = nextCached else { return nil }
            if FileNameOrder.precedes(entry.name, name) {
                cacheIsStale = true
                nextCached = nil
                continue
            }
            guard entry.name == name else { return nil }
            nextCached = nil
            return entry.file
        }
        return nil
    }

    /// What parsing one file gave; for an article taken in part, the
    /// bytes its whole will be parsed from.
    private struct ParsedFile {
        var article: Article?
        var problems: [LoadProblem]
        /// Only the body's first piece was parsed; the whole waits.
        var isPartial = false

        init(article: Article?, problems: [LoadProblem], isPartial: Bool = false) {
            self.article = article
            self.problems = problems
            self.isPartial = isPartial
        }

        /// A file that could not be read as an article, and why.
        init(refused refusal: FileRefusal, path: String) {
            self.init(article: nil, problems: [LoadProblem(file: path, message: refusal.description)])
        }

        func cacheEntry(stamp: FileStamp) -> CachedArticleFile {
            CachedArticleFile(stamp: stamp, article: article.map(CachedArticle.init),
                              problems: problems.map { CachedProblem(line: $0.line, message: $0.message) })
        }
    }

    /// Reads and parses file `name`; a long one only in part when
    /// `allowingPart` (see `defersLongBodies`).
    private func parse(_ name: String, displayPath path: String, allowingPart: Bool) -> ParsedFile {
        switch folder.read(name) {
        case .success(let bytes):
            if allowingPart && bytes.count > longFileThreshold {
                let (first, problems) = parser(for: name, displayPath: path).parse(bytes, firstPieceOnly: true)
                if let first, first.isPartial { return ParsedFile(article: first, problems: [], isPartial: true) }
                return finished(first, problems, name: name)  // a body in one piece is parsed whole
            }
            return parse(consume bytes, name: name, displayPath: path)
        case .failure(let refusal):
            return ParsedFile(refused: refusal, path: path)
        }
    }

    /// Reads and parses the whole of long file `name`, holding it once:
    /// as text read straight from the file when its bytes are their own
    /// decoding (`LibraryFolder.readContents`), else as bytes let go once
    /// decoded. Read again, not kept from its first piece: the bytes that
    /// piece was cut from would be a second copy of a 10 MB file.
    private func parseWhole(_ name: String, displayPath path: String) -> (ParsedFile, FileStamp?) {
        switch folder.readContents(name) {
        case .success((.text(let text), let stamp)):
            let (parsed, problems) = parser(for: name, displayPath: path).parse(text: text)
            return (finished(parsed, problems, name: name), stamp)
        case .success((.bytes(let bytes), let stamp)):
            return (parse(consume bytes, name: name, displayPath: path), stamp)
        case .failure(let refusal):
            return (ParsedFile(refused: refusal, path: path), nil)
        }
    }

    /// The parser for file `name`, its long body read back from the folder.
    private func parser(for name: String, displayPath path: String) -> ArticleFileParser {
        ArticleFileParser(displayPath: path, fileName: name, topicIDs: topicIDs, bodySource: BodySource(folder: folder, fileName: name))
    }

    /// Parses the whole of a file's `bytes`, letting them go once decoded.
    private func parse(_ bytes: consuming [UInt8], name: String, displayPath path: String) -> ParsedFile {
        let (parsed, problems) = parser(for: name, displayPath: path).parse(consume bytes)
        return finished(parsed, problems, name: name)
    }

    /// A whole parse's article, its blocks let go unless kept (a long body,
    /// more than one piece, never is: the reader parses the piece it
    /// shows, not 10 MB of blocks), and its problems in line order.
    private func finished(_ parsed: Article?, _ problems: [LoadProblem], name: String) -> ParsedFile {
        var article = parsed
        if let parsed, !keepsBodies || (parsed.body.chunks?.count ?? 1) > 1 {
            article = CachedArticle(parsed).article(fileName: name, source: BodySource(folder: folder, fileName: name))
        }
        return ParsedFile(article: article, problems: problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }
}
