import Foundation

extension ArticleFileParser {
    /// How much of a long file is decoded to show its first piece.
    static let firstPieceBytes = 1 << 20

    /// A long file's first piece (a partial article), decoded from its
    /// first `prefixBytes` only: decoding all of a 10 MB file to UTF-8
    /// text took a quarter of its first frame. Nil when those bytes cannot
    /// give exactly what the whole file's first piece is — the piece's cut
    /// is not among them, they are not valid UTF-8, the front matter does
    /// not end in them — and then the caller decodes the whole file.
    ///
    /// The rest of the file is still looked at, quickly, for what would
    /// change the piece or refuse the file: a NUL byte anywhere (binary),
    /// and markup that reaches across pieces (`MarkdownChunks`).
    func firstPiece(of bytes: [UInt8], prefixBytes: Int = Self.firstPieceBytes) -> Article? {
        guard bytes.count > prefixBytes, prefixBytes > 0 else { return nil }
        return bytes.withUnsafeBufferPointer { whole -> Article? in
            guard let base = whole.baseAddress, memchr(base, 0, whole.count) == nil,
                  let newline = whole[..<prefixBytes].lastIndex(of: 0x0A) else { return nil }
            // Cut after a line feed, so a CR LF pair stays whole.
            let end = newline + 1
            guard !MarkdownChunks.containsReachingMarkup(UnsafeBufferPointer(rebasing: whole[end...])),
                  case .text(let text, nil) = TextDecoding.decode(Array(whole[..<end])),
                  let frontMatter = try? FrontMatter.split(text) else { return nil }
            var decoder = FrontMatterDecoder(file: displayPath, yamlStartLine: frontMatter.yamlStartLine)
            guard let fields = decoder.decode(frontMatter.yaml) else { return nil }
            let first = MarkdownParser.parseFirstPiece(frontMatter.body)
            guard !first.isWhole else { return nil }
            var article = article(fields, blocks: first.blocks, chunks: nil)
            article.isPartial = true
            return article
        }
    }
}
