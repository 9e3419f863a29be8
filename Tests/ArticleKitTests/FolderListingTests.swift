import Foundation
import Testing
@testable import ArticleKit

/// The metadata cache keeps a large folder's listing, and a later load
/// takes the names from it only while the folder is unchanged.
@Suite("The cached folder listing")
struct FolderListingTests {
    let folder: URL
    let cacheFile: URL
    /// Late enough that the folder made just now counts as settled.
    let later = FolderListing.wallClock() + 3 * FolderListing.settlingTime

    init() throws {
        folder = try Fixture.library(["a.md": MetadataCacheTests.article("Alpha"), "b.md": MetadataCacheTests.article("Beta"),
                                      "c.md": MetadataCacheTests.article("Gamma")])
        cacheFile = try Fixture.temporaryFolder().appendingPathComponent("weigh/library.cache")
    }

    /// A loader that keeps listings of any size, at `now`.
    private func loader(now: Int64? = nil, from count: Int = 0) throws -> LibraryLoader {
        var loader = try LibraryLoader(folder: folder, cacheFile: cacheFile, listingCachedFrom: count, now: now ?? later)
        loader.loadAll()
        return loader
    }

    /// Saves the first load, then waits out the file system's clock tick:
    /// these tests change the folder at once, which a real run never
    /// relies on (`FolderListing.settlingTime`).
    private func saveFirstLoad() throws {
        var first = try loader()
        #expect(!first.listedFromCache)
        let firstWrote = first.saveCache()
        #expect(firstWrote)
        Thread.sleep(forTimeInterval: 0.05)
    }

    @Test func anUnchangedFolderIsNotListedAgain() throws {
        try saveFirstLoad()
        #expect(MetadataCache.read(from: cacheFile)?.listing?.names == ["a.md", "b.md", "c.md"])
        var again = try loader()
        #expect(again.listedFromCache)
        #expect(again.cacheHits == 3)
        #expect(again.library.articles.map(\.title) == ["Alpha", "Beta", "Gamma"])
        let againWrote = again.saveCache()
        #expect(!againWrote, "nothing changed, nothing written")
    }

    @Test func aNewFileChangesTheFolderAndIsFound() throws {
        try saveFirstLoad()
        try MetadataCacheTests.article("Delta").write(to: folder.appendingPathComponent("d.md"), atomically: false, encoding: .utf8)
        var again = try loader()
        #expect(!again.listedFromCache)
        #expect(again.library.articles.map(\.title) == ["Alpha", "Beta", "Gamma", "Delta"])
        let againWrote = again.saveCache()
        #expect(againWrote)
        #expect(MetadataCache.read(from: cacheFile)?.listing?.names == ["a.md", "b.md", "c.md", "d.md"])
    }

    @Test func aDeletedOrRenamedFileChangesTheFolder() throws {
        try saveFirstLoad()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("a.md"))
        #expect(try loader().library.articles.map(\.title) == ["Beta", "Gamma"])
        var saved = try loader()
        let savedWrote = saved.saveCache()
        #expect(savedWrote)
        Thread.sleep(forTimeInterval: 0.05)
        try FileManager.default.moveItem(at: folder.appendingPathComponent("c.md"), to: folder.appendingPathComponent("0.md"))
        let renamed = try loader()
        #expect(!renamed.listedFromCache)
        #expect(renamed.library.articles.map(\.title) == ["Gamma", "Beta"])
    }

    @Test func aFolderChangedMomentsAgoIsListedAgainNextTime() throws {
        // The folder was made just now: a change in the same clock tick
        // might not move its time, so its listing is not kept.
        var first = try loader(now: FolderListing.wallClock())
        let firstWrote = first.saveCache()
        #expect(firstWrote)
        #expect(MetadataCache.read(from: cacheFile)?.listing == nil)
        #expect(!(try loader()).listedFromCache)
    }

    @Test func aSmallFolderIsAlwaysListed() throws {
        var first = try loader(from: FolderListing.cachedFromCount)
        let firstWrote = first.saveCache()
        #expect(firstWrote)
        #expect(MetadataCache.read(from: cacheFile)?.listing == nil)
        var again = try loader(from: FolderListing.cachedFromCount)
        #expect(!again.listedFromCache)
        let againWrote = again.saveCache()
        #expect(!againWrote, "the listing is never a reason to rewrite the cache")
    }

    @Test(arguments: [0, 1, 7])
    func aDamagedListingIsNotUsed(flipping index: Int) throws {
        try saveFirstLoad()
        var bytes = [UInt8](try Data(contentsOf: cacheFile))
        let names = try #require(firstRange(of: Array("a.md".utf8), in: bytes))
        bytes[names.lowerBound + index % 4] ^= 0x01
        try Data(bytes).write(to: cacheFile)
        let again = try loader()
        #expect(!again.listedFromCache)
        #expect(again.library.articles.map(\.title) == ["Alpha", "Beta", "Gamma"])
    }

    @Test(arguments: [["a.md", "../b.md", "c.md"], ["a.md", "c.md", "b.md"], [".a.md", "b.md", "c.md"], ["a.md", "b.txt", "c.md"], ["a.md", "a.md", "c.md"]])
    func aListingThatCouldNotComeFromTheFolderIsNotUsed(names: [String]) throws {
        try saveFirstLoad()
        var cache = try #require(MetadataCache.read(from: cacheFile))
        let stamp = try #require(cache.listing?.stamp)
        cache.listing = FolderListing(stamp: stamp, names: names)
        #expect(cache.write(to: cacheFile))
        let again = try loader()
        #expect(!again.listedFromCache)
        #expect(again.library.articles.map(\.title) == ["Alpha", "Beta", "Gamma"])
    }

    @Test func aFolderReplacedByAnotherIsListed() throws {
        try saveFirstLoad()
        let moved = folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + "-old")
        try FileManager.default.moveItem(at: folder, to: moved)
        defer { try? FileManager.default.removeItem(at: moved) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try FileManager.default.copyItem(at: moved.appendingPathComponent("topics.yaml"), to: folder.appendingPathComponent("topics.yaml"))
        try MetadataCacheTests.article("Zeta").write(to: folder.appendingPathComponent("z.md"), atomically: false, encoding: .utf8)
        let again = try loader()
        #expect(!again.listedFromCache)
        #expect(again.library.articles.map(\.title) == ["Zeta"])
    }

    private func firstRange(of needle: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard bytes.count >= needle.count else { return nil }
        for start in 0...(bytes.count - needle.count) where Array(bytes[start..<start + needle.count]) == needle {
            return start..<start + needle.count
        }
        return nil
    }
}
