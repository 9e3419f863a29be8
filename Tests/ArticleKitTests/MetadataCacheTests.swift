import Foundation
import Testing
@testable import ArticleKit
import WeighTestSupport

@Suite("The metadata cache: later loads skip parsing, changed files are re-read")
struct MetadataCacheTests {
    static func article(_ title: String, section: String = "Onset") -> String {
        """
        ---
        title: \(title)
        summary: About \(title.lowercased()).
        source:
          title: not given
          site: not named
          url: https://example.org/\(title.lowercased())
          published: not given
          page-date: 2024-06-24
          author: not named
          kind: referral-service
          interest: offers referrals
          evidence: mentions-studies-without-citing
          summarised: 2026-12-04
        claims:
          - stance: benefit
            topic: onset
            text: It may act within hours.
            section: \(Slug.make(from: section))
            point: how-fast
          - stance: precaution
            topic: onset
            text: Arrange a ride home.
            section: \(Slug.make(from: section))
        ---
        # \(title)

        ## \(section)

        Some *text* about \(title.lowercased()).
        """
    }

    let folder: URL
    let cacheFile: URL

    init() throws {
        folder = try Fixture.library(["a.md": Self.article("Alpha"), "b.md": Self.article("Beta"), "c.md": "no front matter"])
        // Two topics, so the cache's record of them is more than one word.
        try (Fixture.topicsYAML + "\n  - id: addiction\n    title: Addiction\n    question: Can it become a habit?\n")
            .write(to: folder.appendingPathComponent("topics.yaml"), atomically: true, encoding: .utf8)
        cacheFile = try Fixture.temporaryFolder().appendingPathComponent("weigh/library.cache")
    }

    private func saveFirstLoad() throws {
        var first = try loader()
        let wrote1 = first.saveCache()
        #expect(wrote1)
    }

    private func loader() throws -> LibraryLoader {
        var loader = try LibraryLoader(folder: folder, cacheFile: cacheFile)
        loader.loadAll()
        return loader
    }

    @Test func aSecondLoadComesFromTheCacheAndEqualsAFreshParse() throws {
        var first = try loader()
        #expect(first.cacheHits == 0)
        let wrote2 = first.saveCache()
        #expect(wrote2)
        var second = try loader()
        #expect(second.cacheHits == 3, "all three files, the broken one included, come from the cache")
        let wrote3 = second.saveCache()
        #expect(!wrote3, "nothing changed, nothing written")
        let fresh = try Library.load(from: folder)
        let cachedArticles = second.library.articles
        #expect(cachedArticles.map(\.id) == fresh.articles.map(\.id))
        #expect(cachedArticles.map(\.title) == fresh.articles.map(\.title))
        #expect(cachedArticles.map(\.claims) == fresh.articles.map(\.claims))
        #expect(cachedArticles.map(\.source) == fresh.articles.map(\.source))
        #expect(cachedArticles.first?.source?.kind == .referralService)
        #expect(cachedArticles.first?.claims.map(\.stance) == [.benefit, .precaution])
        #expect(cachedArticles.map(\.readingGrade) == fresh.articles.map(\.readingGrade))
        #expect(cachedArticles.allSatisfy { $0.readingGrade != nil })
        #expect(cachedArticles.map(\.sections) == fresh.articles.map(\.sections))
        #expect(second.library.problems == fresh.problems)
        #expect(!cachedArticles[0].body.isParsed, "a cached article's body is read only when asked for")
        #expect(cachedArticles.map(\.blocks) == fresh.articles.map(\.blocks))
        #expect(cachedArticles[0].body.keptPieceCount == 1, "and then kept")
    }

    @Test func aChangedFileIsReadAgain() throws {
        try saveFirstLoad()
        // Same length, so only the times and content differ.
        try Self.article("Gamma").write(to: folder.appendingPathComponent("b.md"), atomically: false, encoding: .utf8)
        var again = try loader()
        #expect(again.cacheHits == 2)
        #expect(again.library.articles.map(\.title) == ["Alpha", "Gamma"])
        let wrote4 = again.saveCache()
        #expect(wrote4, "the new parse is cached")
        #expect(try loader().library.articles.map(\.title) == ["Alpha", "Gamma"])
    }

    @Test func aNewAndADeletedFileAreNoticed() throws {
        try saveFirstLoad()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("a.md"))
        try Self.article("Delta").write(to: folder.appendingPathComponent("d.md"), atomically: true, encoding: .utf8)
        let again = try loader()
        #expect(again.library.articles.map(\.title) == ["Beta", "Delta"])
        #expect(again.cacheHits == 2)
    }

    @Test func aFileDeletedFromTheEndMakesTheCacheStale() throws {
        try saveFirstLoad()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("c.md"))
        var again = try loader()
        #expect(again.cacheHits == 2)
        let wrote = again.saveCache()
        #expect(wrote, "c.md's entry is dropped")
        #expect(MetadataCache.read(from: cacheFile)?.files.keys.sorted() == ["a.md", "b.md"])
    }

    @Test func changedTopicsInvalidateTheWholeCache() throws {
        try saveFirstLoad()
        try (Fixture.topicsYAML + "\n  - id: cost\n    title: Cost\n    question: What does it cost?\n")
            .write(to: folder.appendingPathComponent("topics.yaml"), atomically: true, encoding: .utf8)
        #expect(try loader().cacheHits == 0)
    }

    @Test func aLaterLoadTakesTheTopicsFromTheCache() throws {
        let fresh = try loader()
        #expect(!fresh.topicsFromCache)
        try saveFirstLoad()
        let again = try loader()
        #expect(again.topicsFromCache, "the same topics.yaml is not decoded again")
        #expect(again.library.topics == fresh.library.topics)
        #expect(again.library.topics.map(\.id) == ["onset", "addiction"])
        #expect(again.cacheHits == 3)
    }

    /// Keyed by the bytes: an edit that keeps the file's size and times
    /// (and the topic ids) is still seen.
    @Test func anEditedTopicsFileIsDecodedAgainEvenWithTheSameSizeAndTimes() throws {
        try saveFirstLoad()
        let file = folder.appendingPathComponent("topics.yaml")
        let before = try FileManager.default.attributesOfItem(atPath: file.path)
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "Addiction", with: "Habit-free")
            .replacingOccurrences(of: "Can it become a habit?", with: "Can it be addictive?!")
        try #require(edited.utf8.count == text.utf8.count && edited != text)
        try edited.write(to: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: before[.modificationDate]!], ofItemAtPath: file.path)

        var again = try loader()
        #expect(!again.topicsFromCache)
        #expect(again.library.topics.map(\.title) == ["How fast it acts", "Habit-free"])
        #expect(again.cacheHits == 3, "the same ids: the articles' entries still hold")
        let wrote = again.saveCache()
        #expect(wrote, "the new topics are cached")
        let third = try loader()
        #expect(third.topicsFromCache)
        #expect(third.library.topics.map(\.title) == ["How fast it acts", "Habit-free"])
    }

    @Test func aTopicsFileWithProblemsReportsThemFromTheCacheToo() throws {
        try (Fixture.topicsYAML + "\n  - id: onset\n    title: Again\n    question: Twice?\n")
            .write(to: folder.appendingPathComponent("topics.yaml"), atomically: true, encoding: .utf8)
        let fresh = try loader()
        let topicProblems = fresh.library.problems.filter { $0.file.hasSuffix("topics.yaml") }
        try #require(!topicProblems.isEmpty)
        try saveFirstLoad()
        let again = try loader()
        #expect(again.topicsFromCache)
        #expect(again.library.problems.filter { $0.file.hasSuffix("topics.yaml") } == topicProblems)
        #expect(again.library.topics == fresh.library.topics)
    }

    @Test(arguments: [0, 7, 100, -1])
    func aDamagedCacheIsIgnoredAndRewritten(keeping prefix: Int) throws {
        try saveFirstLoad()
        let bytes = try Data(contentsOf: cacheFile)
        let damaged = prefix >= 0 ? bytes.prefix(prefix) : Data(bytes.map { $0 ^ 0x5A })
        try damaged.write(to: cacheFile)
        var again = try loader()
        #expect(again.cacheHits == 0)
        #expect(again.library.articles.map(\.title) == ["Alpha", "Beta"])
        let wrote5 = again.saveCache()
        #expect(wrote5)
        #expect(try loader().cacheHits == 3)
    }

    @Test func controlCharactersInACacheFileNeverComeOut() throws {
        try saveFirstLoad()
        var cache = try #require(MetadataCache.read(from: cacheFile))
        cache.files["a.md"]?.article?.title = "Alpha\u{1B}]0;owned\u{07}\u{9B}2J"
        cache.files["a.md"]?.problems = [CachedProblem(line: 1, message: "bad\u{1B}[31m")]
        #expect(cache.write(to: cacheFile))
        let again = try loader()
        let title = try #require(again.library.articles.first?.title)
        #expect(!title.unicodeScalars.contains(where: SafeScalars.isControl))
        #expect(again.library.problems.allSatisfy { !$0.message.contains("\u{1B}") })
    }

    @Test func aFileGoneAfterCachingGivesAMessageInsteadOfItsBody() throws {
        try saveFirstLoad()
        let again = try loader()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("a.md"))
        let text = again.library.articles[0].blocks.map(\.plainText).joined()
        #expect(text.contains("can no longer be read"))
    }

    @Test func aLoadStoppedHalfwayLeavesWhatItReadForNextTime() throws {
        var partial = try LibraryLoader(folder: folder, cacheFile: cacheFile)
        partial.loadNext(2)
        let wrote6 = partial.saveCache()
        #expect(wrote6)
        var next = try loader()
        #expect(next.cacheHits == 2)
        let wrote7 = next.saveCache()
        #expect(wrote7, "the third file is added")
        #expect(try loader().cacheHits == 3)
    }

    @Test func readersThatLetBodiesGoStillReadThemWhenOpened() throws {
        var loader = try LibraryLoader(folder: folder)
        loader.keepsBodies = false
        loader.loadAll()
        let article = try #require(loader.library.articles.first)
        #expect(!article.body.isParsed)
        #expect(article.blocks == (try Library.load(from: folder)).articles[0].blocks)
    }

    @Test func theCacheLivesUnderTheUsersCacheFolder() {
        let xdg = MetadataCache.location(for: "/lib", environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"])
        #expect(xdg?.path.hasPrefix("/x/weigh/library-") == true)
        #expect(MetadataCache.location(for: "/lib", environment: ["HOME": "/h"])?.path.hasPrefix("/h/.cache/weigh/") == true)
        #expect(MetadataCache.location(for: "/lib", environment: [:]) == nil)
        #expect(MetadataCache.location(for: "/a", environment: ["HOME": "/h"]) != MetadataCache.location(for: "/b", environment: ["HOME": "/h"]))
    }
}

@Suite("Front matter with long lines is not mistaken for deep nesting")
struct LongFrontMatterLineTests {
    @Test func aSummaryWithManySpacesAndHyphensLoads() throws {
        let summary = Array(repeating: "well-known side-effects", count: 200).joined(separator: " - ")
        let folder = try Fixture.library(["long.md": "---\ntitle: Long\nsummary: \(summary)\n---\n# Long\n"])
        let library = try Library.load(from: folder)
        #expect(library.problems.isEmpty, "\(library.problems)")
        #expect(library.articles.first?.summary == summary)
    }
}
