import Foundation
import Testing
@testable import ArticleKit

/// A long article that has to be parsed (not in the cache) joins a
/// reader's library by its first piece, so its start shows at once; the
/// whole of it follows, from the same bytes, in the partial one's place,
/// and only the whole is cached and checked.
@Suite("A long article shown by its first piece while the rest is parsed")
struct PartialLoadingTests {
    /// About 600 KB, with a claim on a section near the end.
    static let longMarkdown = """
        ---
        title: Long
        claims:
          - stance: benefit
            topic: onset
            text: Acts late in the text.
            section: section-1999
        ---

        """ + ArticleBodyPiecesTests.body
    static let shortMarkdown = "---\ntitle: Short\n---\n# Short\n\nA paragraph.\n"

    func loader(_ folder: URL, cache: URL?) throws -> LibraryLoader {
        var loader = try LibraryLoader(folder: folder, cacheFile: cache)
        loader.defersLongBodies = true
        loader.longFileThreshold = 64 * 1024
        return loader
    }

    @Test func theFirstPieceShowsThenTheWholeTakesItsPlace() throws {
        let folder = try Fixture.library(["a-long.md": Self.longMarkdown, "b-short.md": Self.shortMarkdown])
        let cache = try Fixture.temporaryFolder().appendingPathComponent("cache")
        let whole = try #require(try Library.load(from: folder).articles.first)
        let firstPieceBlocks = try #require(whole.body.chunks).blockStarts[1]

        var loader = try loader(folder, cache: cache)
        loader.loadNext(10)
        let part = try #require(loader.library.articles.first)
        #expect(part.isPartial)
        #expect(part.blocks == Array(whole.blocks.prefix(firstPieceBlocks)), "the first piece, as a whole parse gives it")
        #expect(part.allSections.map(\.slug) == Array(whole.allSections.map(\.slug).prefix(part.allSections.count)))
        #expect(part.claims.isEmpty, "claims wait for the sections they point to")
        #expect(loader.library.articles.map(\.title) == ["Long", "Short"])
        #expect(loader.library.problems.isEmpty)
        #expect(loader.allFilesTaken)
        #expect(loader.isComplete == false)
        #expect(loader.filesLoaded == 1, "only the short file is loaded whole")

        // Written over after its first piece was read: the whole is read
        // again, as the file is now (its id unchanged), and cached as that.
        try Self.longMarkdown.replacingOccurrences(of: "title: Long", with: "title: Changed")
            .write(to: folder.appendingPathComponent("a-long.md"), atomically: false, encoding: .utf8)
        loader.loadNext(10)
        #expect(loader.library.articles.first?.isPartial == true, "still deferred")
        loader.defersLongBodies = false
        loader.loadNext(1)
        #expect(loader.library.articles.count == 2)
        #expect(loader.isComplete)
        let done = try #require(loader.library.articles.first)
        #expect(!done.isPartial)
        #expect(done.body.keptPieceCount == 1, "its first piece read already, off the reader's thread")
        #expect(done.title == "Changed")
        #expect(done.claims.map(\.sectionSlug) == ["section-1999"])
        #expect(done.allSections == whole.allSections)
        #expect(done.body.chunks == whole.body.chunks)
        #expect(done.body.block(at: whole.blocks.count - 1) == whole.blocks.last, "the body reads from the file by pieces")
    }

    @Test func onlyTheWholeIsCachedAndItsProblemsAreReportedOnce() throws {
        let broken = Self.longMarkdown.replacingOccurrences(of: "section: section-1999", with: "section: no-such-section")
        let folder = try Fixture.library(["a-long.md": broken, "b-short.md": Self.shortMarkdown])
        let cache = try Fixture.temporaryFolder().appendingPathComponent("cache")

        var first = try loader(folder, cache: cache)
        first.loadNext(10)
        #expect(first.library.problems.isEmpty, "not checked while partial")
        first.saveCache()
        var next = try loader(folder, cache: cache)
        next.loadNext(10)
        #expect(next.cacheHits == 1, "the partial article was not cached")
        #expect(next.library.articles.first?.isPartial == true)

        first.defersLongBodies = false
        first.loadNext(1)
        #expect(first.isComplete)
        #expect(first.library.problems.count == 1)
        #expect(first.library.problems.first?.message.contains("no-such-section") == true)
        first.saveCache()
        var third = try loader(folder, cache: cache)
        third.loadNext(10)
        #expect(third.cacheHits == 2 && third.isComplete, "a later run takes the whole from the cache")
        #expect(third.library.articles.first?.isPartial == false)
        #expect(third.library.problems.count == 1)
    }

    @Test func aLongFileLeftOutForItsIdIsStillParsedWholeForItsProblemsAndTheCache() throws {
        let second = Self.longMarkdown.replacingOccurrences(of: "title: Long", with: "id: a-long\ntitle: Again")
            .replacingOccurrences(of: "section: section-1999", with: "section: no-such-section")
        let folder = try Fixture.library(["a-long.md": Self.longMarkdown, "b-long.md": second])
        let cache = try Fixture.temporaryFolder().appendingPathComponent("cache")
        var loader = try loader(folder, cache: cache)
        loader.loadNext(10)
        #expect(loader.library.articles.map(\.title) == ["Long"])
        #expect(loader.library.problems.map(\.message).contains { $0.contains("duplicate id 'a-long'") })
        loader.defersLongBodies = false
        loader.loadNext(10)
        #expect(loader.isComplete)
        #expect(loader.library.articles.map(\.title) == ["Long"])
        #expect(loader.library.problems.contains { $0.file.hasSuffix("b-long.md") && $0.message.contains("no-such-section") },
                "its own problems are reported, as `weigh check` reports them")
        loader.saveCache()
        var next = try self.loader(folder, cache: cache)
        next.loadNext(10)
        #expect(next.cacheHits == 2, "both files are cached")
        #expect(next.library.problems.count == loader.library.problems.count)
    }

    @Test func aLongBodyThatCannotBeCutIsParsedWhole() throws {
        // A link definition could be used from anywhere: one piece.
        let folder = try Fixture.library(["long.md": Self.longMarkdown + "\n[ref]: https://example.org\n"])
        var loader = try loader(folder, cache: nil)
        loader.loadNext(10)
        #expect(loader.isComplete)
        #expect(loader.library.articles.first?.isPartial == false)
        #expect(loader.library.articles.first?.claims.count == 1)
    }

    @Test func loadingEverythingLeavesNoPart() throws {
        let folder = try Fixture.library(["a-long.md": Self.longMarkdown])
        var loader = try loader(folder, cache: nil)
        loader.loadAll()
        #expect(loader.isComplete)
        #expect(loader.library.articles.first?.isPartial == false)
    }
}
