/// Every text of one kind (all titles, all body blocks…) of a library,
/// folded case-insensitively into one buffer, NUL between texts, so one
/// pass of `ByteSearch` finds the texts a query may match.
struct IndexedField: Sendable {
    let kind: SearchResult.Kind
    /// The folded texts; NUL separates them (folding never writes NUL).
    private(set) var bytes: [UInt8] = []
    /// Where each text starts in `bytes`.
    private(set) var starts: [Int] = []
    /// Which article each text belongs to (index into the articles).
    private(set) var articles: [Int32] = []
    /// Which block or claim of the article each text is.
    private(set) var items: [Int32] = []

    init(kind: SearchResult.Kind) {
        self.kind = kind
    }

    /// Makes room for `count` more folded bytes at once.
    mutating func reserve(bytes count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    /// Adds one text; texts that fold to nothing are left out.
    mutating func add(_ text: String, article: Int, item: Int, folder: inout TextFolder) {
        guard !text.isEmpty else { return }
        var output = TextFolder.Output(tracksCharacters: false)
        swap(&output.bytes, &bytes)
        let start = output.bytes.count
        folder.fold(text, into: &output)
        swap(&output.bytes, &bytes)
        guard bytes.count > start else { return }
        bytes.append(0)
        starts.append(start)
        articles.append(Int32(article))
        items.append(Int32(item))
    }

    /// One field of the texts of `parts`, in order (fields built in
    /// parallel for consecutive runs of articles).
    init(joining parts: [IndexedField], kind: SearchResult.Kind) {
        if parts.count == 1, parts[0].kind == kind {
            self = parts[0]  // shared, not copied: one long article's field is its whole body
            return
        }
        self.kind = kind
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count })
        starts.reserveCapacity(parts.reduce(0) { $0 + $1.starts.count })
        for part in parts {
            let offset = bytes.count
            bytes += part.bytes
            starts += part.starts.map { $0 + offset }
            articles += part.articles
            items += part.items
        }
    }

    /// The text containing byte `position`.
    func text(containing position: Int) -> Int {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= position { low = middle } else { high = middle }
        }
        return low
    }

    /// Where the text after text `index` starts (or the end).
    func start(after index: Int) -> Int {
        index + 1 < starts.count ? starts[index + 1] : bytes.count
    }
}
