import CCmarkGFM
import Synchronization

/// Parses a Markdown body (CommonMark with GitHub tables, strikethrough and
/// autolinks) into the block model, with every string sanitized.
///
/// cmark-gfm does the parsing; this type only walks its tree. It never
/// fails: any byte sequence yields some blocks. Parses are serialized:
/// cmark-gfm adds and removes its extensions' special characters in a
/// process-wide table during each parse, so two at once corrupt each other
/// (seen as `~~strike~~` left unparsed when tests ran in parallel).
public enum MarkdownParser {
    /// The blocks of `markdown`, top level first.
    public static func parse(_ markdown: String) -> [Block] {
        cmarkLock.withLock { _ in parseSerially(markdown) }
    }

    private static let cmarkLock = Mutex(())

    private static func parseSerially(_ markdown: String) -> [Block] {
        _ = extensionsRegistered
        guard let parser = cmark_parser_new(cm_parse_options()) else { return [] }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var source = markdown
        source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }
        var walker = CmarkTreeWalker()
        return walker.blocks(in: document)
    }

    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()
}
