import ArticleKit
import ReaderUI
import WeighTestSupport

/// One input of the article target: two bytes of terminal size, then an
/// article file (front matter and Markdown). The file is loaded as a
/// library (afresh and from the metadata cache, which must agree), laid
/// out at the terminal's width (as the reader and as `weigh show`) and
/// drawn at the top, at the end and with the comparison open; and parsed
/// as Markdown in as many pieces as it can be cut into. Returns
/// everything that breaks a guarantee.
enum ArticleCase {
    static func violations(of bytes: [UInt8]) -> [String] {
        var input = ByteCursor(bytes)
        let size = input.nextSize()
        let (library, cached) = ScratchLibrary.shared.load(article: input.rest)
        var found = loadingViolations(library) + cacheViolations(fresh: library, cached: cached) + pieceViolations(input.rest)
        guard let article = library.articles.first else { return found }
        found += layoutViolations(article, width: size.width)
        found += screenViolations(library, size: size)
        return found
    }

    /// The file is either loaded or named in a problem; every problem is
    /// one clean line; no string of the model holds a control.
    static func loadingViolations(_ library: Library) -> [String] {
        var found: [String] = []
        if library.articles.isEmpty && !library.problems.contains(where: { $0.file.hasSuffix("fuzz.md") }) {
            found.append("the article neither loaded nor was named in a problem")
        }
        for problem in library.problems {
            if let bad = SafeScalars.firstUnsafeInModel(problem.description) { found.append("problem with \(bad): \(problem.description.debugDescription)") }
        }
        for article in library.articles {
            for text in ArticleStrings.of(article) {
                if let bad = SafeScalars.firstUnsafeInModel(text) { found.append("model string with \(bad): \(text.prefix(80).debugDescription)") }
            }
        }
        return Array(found.prefix(8))
    }

    /// A library read back from the metadata cache is the library parsed
    /// afresh: the same articles (front matter, sections, blocks) and the
    /// same problems.
    static func cacheViolations(fresh: Library, cached: Library) -> [String] {
        var found: [String] = []
        if fresh.problems != cached.problems {
            found.append("from the cache, problems \(cached.problems.map(\.description)) instead of \(fresh.problems.map(\.description))")
        }
        guard fresh.articles.count == cached.articles.count else {
            return found + ["\(fresh.articles.count) articles parsed, \(cached.articles.count) from the cache"]
        }
        for (parsed, read) in zip(fresh.articles, cached.articles) where parsed != read {
            let fields = [("id", parsed.id == read.id), ("title", parsed.title == read.title), ("source", parsed.source == read.source),
                          ("summary", parsed.summary == read.summary), ("claims", parsed.claims == read.claims),
                          ("sections", parsed.allSections == read.allSections), ("section tree", parsed.sections == read.sections),
                          ("blocks", parsed.blocks == read.blocks), ("file name", parsed.fileName == read.fileName)]
            found.append("the cached article differs in " + fields.filter { !$0.1 }.map(\.0).joined(separator: ", "))
        }
        return found
    }

    /// The file read as Markdown and cut into pieces wherever the rules
    /// allow (a piece may be one byte) parses to the blocks of one parse.
    static func pieceViolations(_ bytes: ArraySlice<UInt8>) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let pieces = MarkdownParser.parseInChunks(text, target: 1)
        guard pieces.blocks != MarkdownParser.parse(text) else { return [] }
        return ["parsed in \(pieces.chunks.count) pieces (from bytes \(pieces.chunks.byteStarts.prefix(8))), the blocks differ from one parse"]
    }

    /// From 10 columns up no laid-out line is wider than the width, in the
    /// reader's layout and in `weigh show`'s text.
    static func layoutViolations(_ article: Article, width: Int) -> [String] {
        let lines = BlockLayout.lines(for: article.blocks, width: width).map(\.plainText)
        let plain = PlainArticleText.lines(for: article, width: width)
        guard width >= 10 else { return [] }
        var found: [String] = []
        if let wide = lines.first(where: { DisplayWidth.of($0) > width }) {
            found.append("a laid-out line of \(DisplayWidth.of(wide)) columns at width \(width): \(wide.prefix(80).debugDescription)")
        }
        if let wide = plain.first(where: { DisplayWidth.of($0) > width }) {
            found.append("a weigh show line of \(DisplayWidth.of(wide)) columns at width \(width): \(wide.prefix(80).debugDescription)")
        }
        return found
    }

    /// The reader's frames: opened at the top, moved to the end, and with
    /// the comparison open.
    static func screenViolations(_ library: Library, size: Size) -> [String] {
        var state = AppState(library: library, size: size)
        var found = CanvasInvariants.violations(in: Screen.render(state), size: size).map { "first frame: " + $0 }
        _ = Reader.update(&state, .bottom)
        found += CanvasInvariants.violations(in: Screen.render(state), size: size).map { "at the end: " + $0 }
        _ = Reader.update(&state, .toggleComparison)
        found += CanvasInvariants.violations(in: Screen.render(state, theme: .monochrome), size: size).map { "comparison: " + $0 }
        return found
    }
}
