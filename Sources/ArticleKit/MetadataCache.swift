import Foundation

/// The library's metadata cache: for each article file, what parsing it
/// found (front matter, sections, problems), keyed by the file's
/// `FileStamp`. A later run reads this one file instead of parsing every
/// article, and parses only the files whose stamp changed.
///
/// The cache is an optimisation and never a source of truth: a missing,
/// unreadable, damaged or outdated file is simply not used, and a failure
/// to write it is ignored.
struct MetadataCache: Sendable {
    /// Bumped whenever the format or the meaning of a parse changes
    /// (2: the folder's listing; 3: where each body's pieces start;
    /// 4: `topics.yaml` decoded).
    static let formatVersion: Int64 = 5
    private static let magic = "weigh-metadata-cache"

    /// The topic ids the claims were checked against (nil: no topics file).
    var topicsKey: String?
    /// `topics.yaml` and its topics (nil: the file could not be read).
    var topics: CachedTopics?
    /// The folder's article file names, for a large folder that had
    /// settled when listed (see `FolderListing`).
    var listing: FolderListing?
    var files: [String: CachedArticleFile]

    init(topicsKey: String?, topics: CachedTopics? = nil, listing: FolderListing? = nil, files: [String: CachedArticleFile]) {
        self.topicsKey = topicsKey
        self.topics = topics
        self.listing = listing
        self.files = files
    }

    /// Where the cache for `folder` lives: `$XDG_CACHE_HOME/weigh` or
    /// `~/.cache/weigh`, one file per library, named by the folder's real path.
    static func location(for realPath: String, environment: ProcessEnvironment = .current) -> URL? {
        let base: URL
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            base = URL(fileURLWithPath: cache)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = URL(fileURLWithPath: home).appendingToPath(".cache")
        } else {
            return nil
        }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for byte in realPath.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return base.appendingToPath("weigh/library-\(String(hash, radix: 16)).cache")
    }

    /// The cache in `file`, or nil when there is none or it cannot be used.
    static func read(from file: URL) -> MetadataCache? {
        guard let bytes = CacheFileBytes(mapping: file.path) else { return nil }
        return try? decode(bytes)
    }

    /// Writes the cache beside `file` and renames it into place, so a
    /// reader never sees half a cache. Returns whether it was written.
    @discardableResult
    func write(to file: URL) -> Bool {
        let folder = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        let bytes = encoded()
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            written += count
        }
        close(descriptor)
        guard written == bytes.count, rename(temporary.path, file.path) == 0 else {
            unlink(temporary.path)
            return false
        }
        return true
    }

    func encoded() -> [UInt8] {
        var writer = CacheByteWriter()
        writer.string(Self.magic)
        writer.integer(Self.formatVersion)
        writer.optionalString(topicsKey)
        writer.flag(topics != nil)
        topics?.encode(into: &writer)
        writer.flag(listing != nil)
        if let listing { CachedFolderListing.encode(listing, into: &writer) }
        writer.count(files.count)
        for (name, file) in files.sorted(by: { FileNameOrder.precedes($0.key, $1.key) }) {
            writer.string(name)
            for value in [file.stamp.size, file.stamp.modified, file.stamp.changed, file.stamp.inode] { writer.integer(value) }
            writer.flag(file.article != nil)
            if let article = file.article { Self.encode(article, into: &writer) }
            writer.count(file.problems.count)
            for problem in file.problems {
                writer.integer(Int64(problem.line ?? -1))
                writer.string(problem.message)
            }
        }
        return writer.bytes
    }

    private static func encode(_ article: CachedArticle, into writer: inout CacheByteWriter) {
        writer.string(article.id)
        writer.string(article.title)
        writer.flag(article.source != nil)
        if let source = article.source {
            for field in [source.title, source.site, source.url, source.published, source.pageDate, source.author,
                          source.kind?.rawValue, source.interest, source.evidence?.rawValue, source.summarised] {
                writer.optionalString(field)
            }
        }
        writer.optionalString(article.summary)
        writer.count(article.claims.count)
        for claim in article.claims {
            writer.string(claim.stance.rawValue)
            writer.string(claim.topicID)
            writer.string(claim.text)
            writer.string(claim.sectionSlug)
            writer.optionalString(claim.point)
        }
        writer.count(article.sections.count)
        for section in article.sections {
            writer.string(section.title)
            writer.string(section.slug)
            writer.integer(Int64(section.level))
            writer.integer(Int64(section.blockIndex))
        }
        writer.flag(article.readingGrade != nil)
        if let grade = article.readingGrade {
            for figure in [grade.words, grade.sentences, grade.syllables] { writer.integer(Int64(figure)) }
        }
        writer.flag(article.chunks != nil)
        if let chunks = article.chunks {
            writer.count(chunks.count)
            for (byteStart, blockStart) in zip(chunks.byteStarts, chunks.blockStarts) {
                writer.integer(Int64(byteStart))
                writer.integer(Int64(blockStart))
            }
            writer.integer(Int64(chunks.blockCount))
        }
    }

    /// Every entry of a cache file (the loader reads them one at a time
    /// with `MetadataCacheEntries` instead).
    static func decode(_ bytes: CacheFileBytes) throws(CacheByteReader.Damaged) -> MetadataCache {
        var entries = try MetadataCacheEntries(bytes)
        var files: [String: CachedArticleFile] = [:]
        while let (name, file) = entries.next() { files[name] = file }
        guard entries.isComplete else { throw CacheByteReader.Damaged() }
        var listing: FolderListing?
        if let stamp = entries.listingStamp {
            guard let names = entries.listing(ifFolderStamp: stamp)?.names() else { throw CacheByteReader.Damaged() }
            listing = FolderListing(stamp: stamp, names: names)
        }
        return MetadataCache(topicsKey: entries.topicsKey, topics: entries.topics, listing: listing, files: files)
    }

    /// What comes before the entries: the topics the claims were checked
    /// against, `topics.yaml` decoded, and the folder's listing (its names
    /// left unread, see `CachedFolderListing`).
    struct Header {
        var topicsKey: String?
        var topics: CachedTopics?
        var listing: CachedFolderListing?
        var count: Int
    }

    static func decodeHeader(_ reader: inout CacheByteReader) throws(CacheByteReader.Damaged) -> Header {
        guard try reader.string() == magic, try reader.integer() == formatVersion else {
            throw CacheByteReader.Damaged()
        }
        let topicsKey = try reader.optionalString()
        let topics = try reader.flag() ? try CachedTopics(decoding: &reader) : nil
        var listing: CachedFolderListing?
        if try reader.flag() { listing = try CachedFolderListing(skipping: &reader) }
        return Header(topicsKey: topicsKey, topics: topics, listing: listing, count: try reader.count())
    }

    static func decodeEntry(_ reader: inout CacheByteReader) throws(CacheByteReader.Damaged) -> (String, CachedArticleFile) {
        let name = try reader.string()
        let stamp = FileStamp(size: try reader.integer(), modified: try reader.integer(),
                              changed: try reader.integer(), inode: try reader.integer())
        let article = try reader.flag() ? try decodeArticle(&reader) : nil
        var problems: [CachedProblem] = []
        for _ in 0..<(try reader.count()) {
            let line = try reader.integer()
            problems.append(CachedProblem(line: line < 0 ? nil : Int(line), message: try reader.string()))
        }
        return (name, CachedArticleFile(stamp: stamp, article: article, problems: problems))
    }

    private static func decodeArticle(_ reader: inout CacheByteReader) throws(CacheByteReader.Damaged) -> CachedArticle {
        let id = try reader.string()
        let title = try reader.string()
        var source: SourceReference?
        if try reader.flag() {
            source = SourceReference(
                title: try reader.optionalString(), site: try reader.optionalString(), url: try reader.optionalString(),
                published: try reader.optionalString(), pageDate: try reader.optionalString(), author: try reader.optionalString(),
                kind: try reader.optionalString().flatMap(SourceKind.init(rawValue:)), interest: try reader.optionalString(),
                evidence: try reader.optionalString().flatMap(SourceEvidence.init(rawValue:)), summarised: try reader.optionalString())
        }
        let summary = try reader.optionalString()
        var claims: [Claim] = []
        for _ in 0..<(try reader.count()) {
            guard let stance = Stance(rawValue: try reader.string()) else { throw CacheByteReader.Damaged() }
            claims.append(Claim(stance: stance, topicID: try reader.string(), text: try reader.string(), sectionSlug: try reader.string(),
                                point: try reader.optionalString()))
        }
        var sections: [Section] = []
        for _ in 0..<(try reader.count()) {
            let title = try reader.string()
            let slug = try reader.string()
            let level = try reader.integer()
            let blockIndex = try reader.integer()
            guard (1...6).contains(level), blockIndex >= 0, blockIndex < Int64(Int32.max) else { throw CacheByteReader.Damaged() }
            sections.append(Section(title: title, slug: slug, level: Int(level), blockIndex: Int(blockIndex)))
        }
        var readingGrade: ReadingGrade?
        if try reader.flag() {
            // Figures, not lengths: a long article has more words than its cache entry has bytes.
            let figures = [try reader.integer(), try reader.integer(), try reader.integer()]
            guard figures.allSatisfy({ (0..<Int64(Int32.max)).contains($0) }) else { throw CacheByteReader.Damaged() }
            readingGrade = ReadingGrade(words: Int(figures[0]), sentences: Int(figures[1]), syllables: Int(figures[2]))
        }
        var chunks: ChunkTable?
        if try reader.flag() {
            var byteStarts: [Int] = []
            var blockStarts: [Int] = []
            for _ in 0..<(try reader.count()) {
                let byteStart = try reader.integer()
                let blockStart = try reader.integer()
                guard (0..<Int64(Int32.max)).contains(byteStart), (0..<Int64(Int32.max)).contains(blockStart) else { throw CacheByteReader.Damaged() }
                byteStarts.append(Int(byteStart))
                blockStarts.append(Int(blockStart))
            }
            let blockCount = try reader.integer()
            guard (0..<Int64(Int32.max)).contains(blockCount),
                  let table = ChunkTable(byteStarts: byteStarts, blockStarts: blockStarts, blockCount: Int(blockCount)) else { throw CacheByteReader.Damaged() }
            chunks = table
        }
        return CachedArticle(id: id, title: title, source: source, summary: summary, claims: claims, sections: sections, chunks: chunks, readingGrade: readingGrade)
    }
}
