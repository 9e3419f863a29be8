import ArticleKit
import Foundation
import Testing
@testable import BookmarkStore

@Suite("Two stores on one file at once")
struct ConcurrentStoreTests {
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
