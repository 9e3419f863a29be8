import ArticleKit
import Foundation
import ReaderUI
import Testing
@testable import weigh

/// The search index is built only when the reader asks for it, and always
/// from the whole library the reader was last given.
@Suite("Building the search index when asked")
struct SearchIndexingTests {
    /// What an indexing posted. Its builds run in place, not on a thread,
    /// so what was built is known as soon as the call returns.
    final class Posted: Sendable {
        let reports = Locked<[Report]>([])
        var indexes: [LibrarySearchIndex] {
            reports.withLock { reports in
                reports.compactMap { if case .searchIndexReady(let box) = $0 { box.index } else { nil } }
            }
        }

        func indexing() -> SearchIndexing {
            SearchIndexing(post: { report in self.reports.withLock { $0.append(report) } }, run: { $0() })
        }
    }

    /// A short article with this id.
    static func article(_ id: String) -> String {
        "---\ntitle: Article \(id)\n---\n# Article \(id)\n\nWords of \(id).\n"
    }

    /// A library folder holding one short article per id.
    static func folder(_ ids: [String]) throws -> URL {
        try WeighProcess.temporaryLibrary(Dictionary(uniqueKeysWithValues: ids.map { ("\($0).md", article($0)) }))
    }

    static func library(_ ids: [String]) throws -> Library {
        try Library.load(from: folder(ids))
    }

    @Test func nothingIsBuiltUntilAskedAndAReloadAloneBuildsNothing() throws {
        let posted = Posted()
        let indexing = posted.indexing()
        indexing.libraryIsWhole(try Self.library(["a"]))
        indexing.libraryIsWhole(try Self.library(["a", "b"]))
        #expect(posted.indexes.count == 0)
        indexing.request()
        #expect(posted.indexes.map { $0.articles.map(\.id) } == [["a", "b"]], "of the latest library")
    }

    @Test func aRequestBeforeTheLibraryIsWholeIsAnsweredOnceItIs() throws {
        let posted = Posted()
        let indexing = posted.indexing()
        indexing.request()
        #expect(posted.indexes.count == 0, "nothing to index yet")
        indexing.libraryIsWhole(try Self.library(["a", "b", "c"]))
        #expect(posted.indexes.map(\.articles.count) == [3])
        indexing.libraryIsWhole(try Self.library(["a"]))
        #expect(posted.indexes.count == 1, "the request was answered; a reload asks for nothing more")
    }

    /// The reader asks for a new index when it takes in a reload, so the
    /// indexing must already hold the reloaded library by then.
    @Test func theLibraryReadAgainIsWhatTheNextIndexIsOf() throws {
        let posted = Posted()
        let indexing = posted.indexing()
        let folder = try Self.folder(["a"])
        let reloading = LibraryReloading(folderPath: folder.path, cached: false, indexing: indexing)
        #expect(reloading.reload() == nil, "no reload before the first load is whole")
        reloading.loaded(try Library.load(from: folder))
        try Self.article("z").write(to: folder.appendingPathComponent("z.md"), atomically: true, encoding: .utf8)
        let reload = try #require(reloading.reload())
        #expect(reload.library.articles.map(\.id) == ["a", "z"])
        #expect(posted.indexes.count == 0)
        indexing.request()
        #expect(posted.indexes.map { $0.articles.map(\.id) } == [["a", "z"]])
    }
}
