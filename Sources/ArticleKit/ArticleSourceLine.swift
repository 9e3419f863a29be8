import Foundation

/// Where a block of an article sits in its file: the line an editor is
/// opened at (`+LINE`) to show the place being read.
public enum ArticleSourceLine {
    /// The file line (1-based) top-level block `blockIndex` starts on, in
    /// the article file `bytes`; the last block's line past the end, and
    /// line 1 when the file is no longer an article.
    public static func line(ofBlock blockIndex: Int, inFile bytes: [UInt8]) -> Int {
        guard case .text(let text, _) = TextDecoding.decode(bytes), let frontMatter = try? FrontMatter.split(text) else { return 1 }
        let lines = MarkdownParser.blockLines(frontMatter.body)
        let bodyLine = 1 + text.utf8[..<frontMatter.body.startIndex].count { $0 == 0x0A }
        guard let last = lines.indices.last else { return bodyLine }
        return bodyLine - 1 + lines[min(max(0, blockIndex), last)]
    }

    /// `line(ofBlock:inFile:)` of the file `fileName` in the library
    /// folder `folder`; nil when the file cannot be read.
    public static func line(ofBlock blockIndex: Int, fileName: String, inLibrary folder: URL) -> Int? {
        guard let libraryFolder = try? LibraryFolder(url: folder), case .success(let bytes) = libraryFolder.read(fileName) else { return nil }
        return line(ofBlock: blockIndex, inFile: bytes)
    }
}
