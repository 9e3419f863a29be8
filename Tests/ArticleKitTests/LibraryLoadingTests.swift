import Foundation
import Testing
@testable import ArticleKit

@Suite("Loading a library with good and broken articles")
struct LibraryLoadingTests {
    let library: Library

    init() throws {
        library = try Library.load(from: Fixture.library)
    }

    private func problems(in file: String) -> [LoadProblem] {
        library.problems.filter { $0.file.hasSuffix("/" + file) }
    }

    @Test func goodArticlesLoadDespiteBrokenOnes() throws {
        let ids = library.articles.map(\.id)
        #expect(ids.contains("good"))
        #expect(ids.contains("invalid-utf8"), "decoded with replacement, and reported")
        #expect(ids.contains("unknown-topic"), "an article with a bad claim still loads")
        let good = try #require(library.article(withID: "good"))
        #expect(good.title == "A Good Article")
        #expect(good.source == SourceReference(
            title: "Fixture source", site: "Fixture Press", published: "2024-06-24", author: "not named",
            kind: .study, interest: "none shown", evidence: .citesStudies, summarised: "2026-12-04"))
        #expect(good.claims.map(\.sectionSlug) == ["fast", "risks"])
        #expect(library.topics.map(\.id) == ["onset", "addiction"])
    }

    @Test(arguments: [
        ("no-front-matter.md", 1, "no front matter"),
        ("bad-yaml.md", 4, "invalid YAML"),
        ("missing-title.md", 2, "missing 'title'"),
        ("same-id.md", 1, "duplicate id 'good'"),
        ("unknown-topic.md", 4, "unknown topic 'onsett' (did you mean 'onset'?)"),
        ("unknown-section.md", 4, "section 'nowhere' is not a heading"),
        ("unknown-section.md", 8, "stance 'maybe' must be 'benefit', 'risk' or 'precaution'"),
        ("unknown-section.md", 14, "empty 'text' in claim"),
        ("invalid-utf8.md", 5, "invalid UTF-8"),
    ])
    func brokenFileIsReportedWithLine(file: String, line: Int, message: String) {
        let found = problems(in: file)
        #expect(found.contains { $0.line == line && $0.message.contains(message) }, "\(found)")
    }

    @Test func emptyAndBinaryFilesAreRefused() {
        #expect(problems(in: "empty.md").map(\.message) == ["empty file"])
        #expect(problems(in: "binary.md").first?.message.contains("not a text file") == true)
        #expect(library.article(withID: "empty") == nil)
        #expect(library.article(withID: "binary") == nil)
    }

    @Test func brokenClaimsAreLeftOutButTheArticleStays() throws {
        let article = try #require(library.article(withID: "unknown-section"))
        #expect(article.claims.isEmpty)
        #expect(library.article(withID: "missing-title") == nil)
        #expect(library.article(withID: "untitled") == nil)
    }

    @Test func problemsPrintAsFileLineMessage() throws {
        let problem = try #require(problems(in: "unknown-topic.md").first)
        #expect(problem.description.hasSuffix("/unknown-topic.md:4: unknown topic 'onsett' (did you mean 'onset'?); topics are listed in topics.yaml"))
    }

    @Test func goodFixtureHasNoProblems() {
        #expect(problems(in: "good.md").isEmpty)
        #expect(problems(in: "topics.yaml").isEmpty)
    }
}

@Suite("Files that are not articles")
struct LibraryFileSafetyTests {
    @Test func symlinkLeavingTheLibraryIsRefused() throws {
        let outside = try Fixture.temporaryFolder()
        let secret = outside.appendingPathComponent("secret.md")
        try "---\ntitle: Outside\n---\n".write(to: secret, atomically: true, encoding: .utf8)
        let folder = try Fixture.library(["inside.md": "---\ntitle: Inside\n---\n"])
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link.md"), withDestinationURL: secret)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("alias.md"), withDestinationURL: folder.appendingPathComponent("inside.md"))

        let library = try Library.load(from: folder)
        #expect(library.article(withID: "link") == nil)
        #expect(library.problems.contains { $0.file.hasSuffix("link.md") && $0.message.contains("outside the library") })
        #expect(library.article(withID: "alias")?.title == "Inside", "a link inside the library is fine")
    }

    @Test func fifoDirectoryAndLoopAreReportedWithoutHanging() throws {
        let folder = try Fixture.library(["ok.md": "---\ntitle: Fine\n---\n"])
        #expect(mkfifo(folder.appendingPathComponent("pipe.md").path, 0o644) == 0)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder.md"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop.md").path, withDestinationPath: "loop.md")

        let library = try Library.load(from: folder)
        #expect(library.articles.map(\.id) == ["ok"])
        let messages = Dictionary(uniqueKeysWithValues: library.problems.map { (URL(fileURLWithPath: $0.file).lastPathComponent, $0.message) })
        #expect(messages["pipe.md"]?.contains("not a regular file") == true)
        #expect(messages["folder.md"]?.contains("is a folder") == true)
        #expect(messages["loop.md"]?.contains("symbolic link cannot be followed") == true)
    }

    @Test func missingTopicsFileIsReportedOnce() throws {
        let folder = try Fixture.temporaryFolder()
        try "---\ntitle: T\nclaims:\n  - {stance: risk, topic: x, text: y, section: t}\n---\n# T\n"
            .write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let library = try Library.load(from: folder)
        #expect(library.problems.count == 1)
        #expect(library.problems.first?.message.contains("topics.yaml") == true)
        #expect(library.articles.first?.claims.count == 1, "topics are not checked without a vocabulary")
    }

    @Test func missingFolderThrows() {
        #expect(throws: LibraryError.notFound(path: "/nonexistent/weigh")) {
            try Library.load(from: URL(fileURLWithPath: "/nonexistent/weigh"))
        }
    }

    @Test func crlfAndByteOrderMarkAreAccepted() throws {
        let folder = try Fixture.library(["crlf.md": "\u{FEFF}---\r\ntitle: Windows\r\n---\r\n## Heading\r\n\r\nText\r\n"])
        let library = try Library.load(from: folder)
        #expect(library.problems.isEmpty)
        #expect(library.article(withID: "crlf")?.sections.map(\.slug) == ["heading"])
    }

    @Test func hostileYAMLIsCapped() throws {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let bomb = """
        a: &a ["x","x","x","x","x","x","x","x","x"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        title: Bomb
        claims: *d
        """
        let folder = try Fixture.library([
            "deep.md": "---\ntitle: Deep\nsummary: \(deep)\n---\n",
            "big.md": "---\ntitle: Big\nsummary: \(String(repeating: "x", count: 300_000))\n---\n",
            "bomb.md": "---\n\(bomb)\n---\n",
        ])
        let library = try Library.load(from: folder)
        let messages = library.problems.map(\.description)
        #expect(messages.contains { $0.contains("deep.md:3: YAML is nested too deeply") })
        #expect(messages.contains { $0.contains("big.md:2: YAML is too large") })
        #expect(library.article(withID: "bomb")?.claims.isEmpty == true)
        #expect(messages.contains { $0.contains("bomb.md") && $0.contains("unknown field 'a'") })
    }
}
