import Foundation
import Testing
@testable import ArticleKit
import WeighTestSupport

/// Every file of the hostile corpus through `Library.load`: nothing unsafe
/// reaches the model, every bad file is named with a line, nothing hangs.
@Suite("Hostile articles load safely")
struct HostileLoadingTests {
    let library = HostileCorpus.loaded.library

    private func problems(in file: String) -> [LoadProblem] {
        library.problems.filter { $0.file.hasSuffix("/" + file) }
    }

    @Test func theCorpusIsThereAndLoadsQuickly() {
        #expect(HostileCorpus.files.count >= 25)
        #expect(library.topics.map(\.id) == ["onset", "addiction"])
        #expect(HostileCorpus.loaded.seconds < 10, "the whole corpus took \(HostileCorpus.loaded.seconds) s")
    }

    @Test(arguments: HostileCorpus.files)
    func eachFileLoadsCleanlyOrIsNamed(file: String) throws {
        let found = problems(in: file)
        if file.hasPrefix("bad-") {
            #expect(!found.isEmpty, "\(file) must be reported")
        } else {
            #expect(found.isEmpty, "\(found)")
            let article = try #require(library.articles.first { $0.fileName == file })
            for text in ArticleStrings.of(article) {
                #expect(SafeScalars.firstUnsafeInModel(text) == nil, "\(file): \(text.debugDescription.prefix(200))")
            }
        }
    }

    @Test func everyLoadedStringIsClean() {
        for article in library.articles {
            let unsafe = ArticleStrings.of(article).filter { SafeScalars.firstUnsafeInModel($0) != nil }
            #expect(unsafe.isEmpty, "\(article.fileName): \(unsafe.map { $0.debugDescription.prefix(120) })")
        }
        for topic in library.topics {
            #expect(SafeScalars.firstUnsafeInModel(topic.id + topic.title + topic.question) == nil)
        }
    }

    @Test func everyProblemIsOneSafeLine() {
        for problem in library.problems {
            #expect(SafeScalars.firstUnsafeInModel(problem.description) == nil, "\(problem.description.debugDescription)")
        }
    }

    @Test(arguments: [
        ("bad-yaml-laughs-as-key.md", 13, "alias (*name) used in a mapping key is refused"),
        ("bad-yaml-deep-dashes.md", 4, "YAML is nested too deeply"),
        ("bad-yaml-deep-keys.md", 3, "YAML is nested too deeply"),
        ("bad-yaml-deep-flow.md", 3, "YAML is nested too deeply"),
        ("bad-yaml-deep-block.md", 260, "YAML is nested too deeply"),
        ("bad-yaml-billion-laughs.md", 12, "'summary' in front matter must be text"),
        ("bad-yaml-tags.md", 2, "'title' in front matter must be text"),
        ("bad-duplicate-key.md", 3, "duplicate key 'k␛]0;dup␇': each field may appear only once"),
        ("bad-front-matter-raw-controls.md", 2, "invalid YAML: control characters are not allowed"),
        ("bad-id.md", 2, "id 'x␛]0;t␇' may hold only letters"),
        ("bad-yaml-not-closed.md", 1, "front matter is not closed"),
        ("bad-invalid-utf8.md", 6, "invalid UTF-8"),
    ])
    func badFileIsNamedWithItsLine(file: String, line: Int, message: String) {
        let found = problems(in: file)
        #expect(found.contains { $0.line == line && $0.message.contains(message) }, "\(found)")
    }

    static let laughs = (1...9).reduce("l0: &l0 \"lol\"\n") { yaml, level in
        yaml + "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ",") + "]\n"
    }

    @Test(arguments: ["? *l9\n: v", "*l9 : v", "[*l9]: v", "{a: *l9}: v", "x: {*l9}", "x: [*l9 : v]", "x: {? [*l9]}", "? - *l9\n: v"])
    func aliasesInKeysAreRefusedBeforeComposing(key: String) {
        let start = ContinuousClock.now
        let outcome = YAMLComposition.compose(Self.laughs + key + "\n")
        #expect(ContinuousClock.now - start < .seconds(1))
        guard case .failure(let failure) = outcome else { Issue.record("composed: \(key)"); return }
        #expect(failure.line == 11 && failure.message == YAMLAliasGuard.message, "\(failure)")
    }

    @Test(arguments: ["x: *l9", "x: [*l9, *l9]", "x: {a: 1}\ny: *l8"])
    func aliasesAsValuesStayAllowed(value: String) {
        let outcome = YAMLComposition.compose(Self.laughs + value + "\n")
        guard case .success(let root) = outcome else { Issue.record("\(outcome)"); return }
        #expect(root != nil)
    }

    @Test func binaryFilesAreRefused() {
        for file in ["bad-binary.md", "bad-nul-in-body.md"] {
            #expect(problems(in: file).map(\.message) == ["not a text file (it contains NUL bytes); is it really Markdown?"])
        }
    }

    @Test func harmlessTagsAreAccepted() {
        #expect(library.articles.first { $0.fileName == "yaml-harmless-tags.md" }?.title == "Tagged but harmless")
    }

    @Test func controlsInFrontMatterAreShownAsPictures() throws {
        let article = try #require(library.article(withID: "escapes-front-matter"))
        #expect(article.title == "Front matter ␛]0;title␇ ␛[2J �31m gnp.exe � ␀ ␡ ␈")
        #expect(article.source?.url == "http://example.com/␛]8;;http://evil/␛\\")
        #expect(article.claims.count == 2)
        #expect(article.claims[0].text.hasPrefix("Claim text ␛]0;field␇ ␛[31m"))
    }

    @Test func entitiesAreCleanedAfterDecoding() throws {
        let article = try #require(library.article(withID: "escapes-entities"))
        let text = article.blocks.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("␛[31mred␛[0m"), "&#27; decoded, then shown as a picture")
        #expect(text.contains("�31m"), "&#155; (8-bit CSI) decoded, then replaced")
        #expect(text.contains("rlo") && !text.unicodeScalars.contains("\u{202E}"))
    }

    @Test func bidiControlsAreDroppedFromTitles() throws {
        let article = try #require(library.articles.first { $0.fileName == "bidi.md" })
        #expect(article.title == "Bidi evil.exetxt.")
        #expect(article.sections.flattened.map(\.slug) == ["bidi-title", "reversed"])
    }

    @Test(arguments: ["deep-quotes.md", "deep-lists.md"])
    func deepNestingIsFlattenedBehindAMarker(file: String) throws {
        let article = try #require(library.articles.first { $0.fileName == file })
        #expect(HostileCorpus.depth(of: article.blocks) <= CmarkTreeWalker.maximumDepth + 1)
        let text = article.blocks.map(\.plainText).joined(separator: "\n")
        #expect(text.contains(CmarkTreeWalker.flattenedMarker))
        #expect(text.contains("deepest"))
        #expect(text.contains("After the"))
    }

    @Test func deepInlinesKeepTheirText() throws {
        let article = try #require(library.articles.first { $0.fileName == "deep-inlines.md" })
        let text = article.blocks.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("core"))
        #expect(text.contains("link"))
    }

    @Test func tenThousandCombiningMarksStayInTheModel() throws {
        let article = try #require(library.articles.first { $0.fileName == "combining.md" })
        guard case .heading(let heading)? = article.blocks.first else { Issue.record("no heading"); return }
        #expect(heading.text.unicodeScalars.filter { $0 == "\u{301}" }.count == 10_000)
    }

    @Test func hundredThousandLevelsParseWithoutOverflow() {
        for markdown in [String(repeating: "> ", count: 100_000) + "q", String(repeating: "- ", count: 100_000) + "l",
                         String(repeating: "*a ", count: 50_000) + "e" + String(repeating: " a*", count: 50_000),
                         String(repeating: "[", count: 100_000) + "x" + String(repeating: "](u)", count: 100_000)] {
            var blocks: [Block] = []
            let time = HostileCorpus.seconds { blocks = MarkdownParser.parse(markdown) }
            #expect(HostileCorpus.depth(of: blocks) <= CmarkTreeWalker.maximumDepth + 1)
            #expect(time < 10, "\(markdown.prefix(6)): \(time) s")
        }
    }
}
