import Synchronization

/// An article's Markdown body as blocks, parsed the first time it is read.
/// A library opened from the metadata cache knows each article's title,
/// claims and sections without parsing any body; the blocks of the one
/// article being read are parsed from its file when they are first asked for.
public final class ArticleBody: Sendable {
    private enum Content {
        case parsed([Block])
        case unparsed(BodySource)
    }

    private let content: Mutex<Content>

    /// A body that is already parsed.
    public init(blocks: [Block]) {
        content = Mutex(.parsed(blocks))
    }

    /// A body read from `source` when first needed.
    init(source: BodySource) {
        content = Mutex(.unparsed(source))
    }

    /// The blocks, parsing the file on first use. A file that can no longer
    /// be read gives one paragraph saying why, never a crash.
    public var blocks: [Block] {
        content.withLock { content in
            switch content {
            case .parsed(let blocks):
                return blocks
            case .unparsed(let source):
                let blocks = source.parse()
                content = .parsed(blocks)
                return blocks
            }
        }
    }

    /// Whether the blocks are in memory (so reading them costs nothing).
    public var isParsed: Bool {
        content.withLock { if case .parsed = $0 { true } else { false } }
    }

    /// The blocks without keeping them: for a pass over a whole library
    /// (the search index) that must not hold every body in memory.
    public func withTransientBlocks<Result>(_ body: ([Block]) -> Result) -> Result {
        let source: BodySource? = content.withLock { content in
            if case .unparsed(let source) = content { source } else { nil }
        }
        return body(source?.parse() ?? blocks)
    }
}

extension ArticleBody: Hashable {
    public static func == (lhs: ArticleBody, rhs: ArticleBody) -> Bool {
        lhs === rhs || lhs.blocks == rhs.blocks
    }

    public func hash(into hasher: inout Hasher) {
        // Equal bodies have equal blocks; the article's other fields are
        // enough to spread hashes, so the body is not parsed to hash it.
    }
}

/// Where an unparsed body comes from: the article's file in its library
/// folder, read again with the same safety checks as the first time.
struct BodySource: Sendable {
    let folder: LibraryFolder
    let fileName: String

    func parse() -> [Block] {
        switch folder.read(fileName) {
        case .failure(let refusal):
            return Self.unavailable("This article can no longer be read: \(refusal.description).")
        case .success(let bytes):
            guard case .text(let text, _) = TextDecoding.decode(bytes), let frontMatter = try? FrontMatter.split(text) else {
                return Self.unavailable("This article's file has changed and is no longer an article; run 'weigh check'.")
            }
            return MarkdownParser.parse(frontMatter.body)
        }
    }

    private static func unavailable(_ message: String) -> [Block] {
        [.paragraph([InlineSpan(message)])]
    }
}
