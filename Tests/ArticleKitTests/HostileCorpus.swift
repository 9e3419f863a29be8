import Foundation
@testable import ArticleKit

/// The hostile corpus (`Tests/Fixtures/hostile/library`) and the checks
/// every loaded string must pass. `bad-*.md` files must be reported;
/// every other `.md` file must load without a problem.
enum HostileCorpus {
    static let library = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile/library")

    /// The corpus's article files, sorted.
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: library.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }()

    /// The corpus loaded once, with how long the load took.
    static let loaded: (library: Library, seconds: Double) = {
        var result = Library(topics: [], articles: [])
        let time = seconds { result = (try? Library.load(from: library)) ?? result }
        return (result, time)
    }()

    /// Scalars a terminal would act on, or that reorder text: C0, DEL, C1,
    /// bidi embeddings, overrides, isolates and marks.
    static func unsafeScalars(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            let value = scalar.value
            return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
                || [0x061C, 0x200E, 0x200F].contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }
    }

    /// Every string of an article that reaches a screen or a pipe.
    static func strings(of article: Article) -> [String] {
        var texts = [article.id, article.title, article.summary ?? ""]
        if let source = article.source { texts += [source.title, source.site, source.url, source.published, source.pageDate, source.author, source.interest, source.summarised].compactMap { $0 } }
        texts += article.claims.flatMap { [$0.text, $0.topicID, $0.sectionSlug] }
        texts += article.sections.flattened.flatMap { [$0.title, $0.slug] }
        texts += article.blocks.flatMap(strings(of:))
        return texts
    }

    static func strings(of block: Block) -> [String] {
        switch block {
        case .heading(let heading): [heading.text, heading.slug]
        case .paragraph(let spans): strings(of: spans)
        case .list(let list): list.items.flatMap { $0.flatMap(strings(of:)) }
        case .quote(let blocks): blocks.flatMap(strings(of:))
        case .code(let code): [code.language ?? ""] + code.lines
        case .table(let table): (table.header + table.rows.flatMap { $0 }).flatMap(strings(of:))
        case .thematicBreak: []
        }
    }

    /// Span texts (a hard break's `"\n"` is structure, not text) and URLs.
    static func strings(of spans: [InlineSpan]) -> [String] {
        spans.filter { $0 != .lineBreak }.flatMap { [$0.text, $0.url ?? ""] }
    }

    /// How many lists and quotes deep the blocks go.
    static func depth(of blocks: [Block]) -> Int {
        blocks.map { block in
            switch block {
            case .list(let list): 1 + (list.items.map(depth(of:)).max() ?? 0)
            case .quote(let inner): 1 + depth(of: inner)
            default: 0
            }
        }.max() ?? 0
    }

    /// A new folder with the corpus's topics file and the given files.
    static func temporaryLibrary(_ files: [String: String]) throws -> URL {
        let folder = try Fixture.temporaryFolder()
        try FileManager.default.copyItem(at: library.appendingPathComponent("topics.yaml"), to: folder.appendingPathComponent("topics.yaml"))
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func seconds(_ work: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try work()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
