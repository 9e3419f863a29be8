import Foundation
import Testing
@testable import ArticleKit

@Suite("Reading the library again after an edit")
struct LibraryReloadTests {
    static func file(_ id: String, _ title: String, body: String = "## Start\n\nText.\n") -> String {
        "---\nid: \(id)\ntitle: \(title)\n---\n\(body)"
    }

    @Test func aBrokenEditKeepsTheLastGoodVersionAndNamesTheProblem() throws {
        let folder = try Fixture.library([
            "a.md": Self.file("a", "Alpha"), "b.md": Self.file("b", "Beta"), "c.md": Self.file("c", "Gamma"),
        ])
        let previous = try Library.load(from: folder)
        try "---\nid: b\ntitle: [unclosed\n---\nText.\n".write(to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        try Self.file("a", "Alpha, edited").write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try Self.file("d", "Delta").write(to: folder.appendingPathComponent("d.md"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("c.md"))
        var loader = try LibraryLoader(folder: folder)
        loader.loadAll()

        let reload = LibraryReload.merge(previous: previous, fresh: loader.library, folderPath: loader.folderPath)

        #expect(reload.library.articles.map(\.title) == ["Alpha, edited", "Beta", "Delta"])
        #expect(reload.keptFileNames == ["b.md"])
        #expect(reload.newProblems.count == 1)
        let problem = try #require(reload.newProblems.first)
        #expect(problem.file.hasSuffix("/b.md"))
        #expect(problem.line != nil)
    }

    @Test func aProblemThatWasThereBeforeIsNotNewAndAFileWithoutOneIsNotKept() throws {
        let folder = try Fixture.library(["a.md": Self.file("a", "Alpha"), "bad.md": "no front matter\n"])
        let previous = try Library.load(from: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("a.md"))
        var loader = try LibraryLoader(folder: folder)
        loader.loadAll()

        let reload = LibraryReload.merge(previous: previous, fresh: loader.library, folderPath: loader.folderPath)

        #expect(reload.library.articles.isEmpty)
        #expect(reload.newProblems.isEmpty)
        #expect(reload.keptFileNames.isEmpty)
        #expect(reload.library.problems.count == 1)
    }

    @Test func anArticleWhoseIDAnotherFileTookIsNotKeptTwice() throws {
        let folder = try Fixture.library(["a.md": Self.file("a", "Alpha"), "b.md": Self.file("b", "Beta")])
        let previous = try Library.load(from: folder)
        // b.md breaks, and a.md now claims b's id: the fresh Beta wins.
        try "---\nid: b\n---\n".write(to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        try Self.file("b", "Beta moved").write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        var loader = try LibraryLoader(folder: folder)
        loader.loadAll()

        let reload = LibraryReload.merge(previous: previous, fresh: loader.library, folderPath: loader.folderPath)

        #expect(reload.library.articles.map(\.id) == ["b"])
        #expect(reload.library.articles.map(\.title) == ["Beta moved"])
    }
}

@Suite("The file line of a block, for an editor's +LINE")
struct ArticleSourceLineTests {
    static let text = """
    ---
    id: lines
    title: Lines
    ---
    # Lines

    A paragraph
    over two lines.

    - one
    - two

    ```
    code
    ```

    ## Later

    Last words.
    """

    @Test func eachBlockStartsOnItsLineOfTheFile() {
        let bytes = Array(Self.text.utf8)
        let lines = (0..<6).map { ArticleSourceLine.line(ofBlock: $0, inFile: bytes) }
        #expect(lines == [5, 7, 10, 13, 17, 19])
    }

    @Test func piecesCountTheLinesBeforeThem() throws {
        // Cut into the smallest pieces the chunker allows: the same lines.
        let frontMatter = try FrontMatter.split(Self.text)
        #expect(MarkdownParser.parseInChunks(frontMatter.body, target: 1).chunks.count > 1)
        #expect(MarkdownParser.blockLines(frontMatter.body, target: 1) == MarkdownParser.blockLines(frontMatter.body))
        #expect(MarkdownParser.parseInChunks(frontMatter.body, target: 1).blocks.count == MarkdownParser.blockLines(frontMatter.body, target: 1).count)
    }

    @Test func aBlockPastTheEndIsTheLastAndAFileThatIsNoArticleIsLineOne() {
        #expect(ArticleSourceLine.line(ofBlock: 99, inFile: Array(Self.text.utf8)) == 19)
        #expect(ArticleSourceLine.line(ofBlock: 3, inFile: Array("no front matter".utf8)) == 1)
    }
}
