import ArticleKit
import Foundation
import Testing
@testable import PersonalStore

@Suite("Several stores on one file at once")
struct ConcurrentStoreTests {
    /// Ten stores opened at the same moment on a folder that does not
    /// exist yet. Without the opening lock (an exclusive `flock` on the
    /// folder around checking, WAL set-up and migration), two of them
    /// migrate at once and one fails with "table bookmark already exists"
    /// (seen in 3 of 20 rounds of 10). `flock` locks belong to each open of
    /// the folder, so threads contend as processes do.
    @Test func tenStoresOpeningAnEmptyFolderAtOnceAllOpenIt() throws {
        for round in 0..<4 {
            let fixture = try StoreFixture()
            let failures = ErrorBox()
            DispatchQueue.concurrentPerform(iterations: 10) { index in
                do {
                    try fixture.open().add("opener-\(index)", round)
                } catch {
                    failures.record(error)
                }
            }
            #expect(failures.errors.isEmpty, "round \(round): \(failures.errors)")
            #expect(try fixture.open().allBookmarks().count == 10, "round \(round)")
        }
    }

    @Test func parallelWritersThroughSeparateStoresKeepEverything() throws {
        let fixture = try StoreFixture()
        let stores = [try fixture.open(), try fixture.open()]
        let failures = ErrorBox()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            let store = stores[worker % 2]
            for index in 0..<25 {
                do {
                    try store.add(at: ReadingPosition(articleID: "w\(worker)", blockIndex: index), sectionTitle: nil,
                                  excerpt: "e", label: nil)
                    try store.saveReadingPosition(ReadingPosition(articleID: "w\(worker)", blockIndex: index))
                } catch {
                    failures.record(error)
                }
            }
        }
        #expect(failures.errors.isEmpty, "\(failures.errors)")
        let all = try fixture.open().allBookmarks()
        #expect(all.count == 100)
        #expect(Set(all.map(\.id)).count == 100)
        for worker in 0..<4 {
            #expect(Set(all.filter { $0.articleID == "w\(worker)" }.map(\.blockIndex)) == Set(0..<25))
            #expect(try stores[0].readingPosition(for: "w\(worker)")?.blockIndex == 24)
        }
    }
}
