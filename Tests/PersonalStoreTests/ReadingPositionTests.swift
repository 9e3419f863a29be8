import ArticleKit
import Foundation
import Testing
@testable import PersonalStore

@Suite("Reading positions")
struct ReadingPositionTests {
    @Test func onePositionPerArticleTheLatestWins() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        #expect(try store.readingPosition(for: "a") == nil)
        try store.saveReadingPosition(ReadingPosition(articleID: "a", blockIndex: 2, offset: 5))
        try store.saveReadingPosition(ReadingPosition(articleID: "a", blockIndex: 9, offset: 1))
        #expect(try store.readingPosition(for: "a") == ReadingPosition(articleID: "a", blockIndex: 9, offset: 1))
    }

    @Test func lastPositionIsTheMostRecentlySavedAcrossReopens() throws {
        let fixture = try StoreFixture()
        do {
            let store = try fixture.open()
            #expect(try store.lastReadingPosition() == nil)
            try store.saveReadingPosition(ReadingPosition(articleID: "a", blockIndex: 1))
            try store.saveReadingPosition(ReadingPosition(articleID: "b", blockIndex: 2))
            try store.saveReadingPosition(ReadingPosition(articleID: "a", blockIndex: 3))
        }
        let reopened = try fixture.open()
        #expect(try reopened.lastReadingPosition() == ReadingPosition(articleID: "a", blockIndex: 3))
        #expect(try reopened.readingPosition(for: "b") == ReadingPosition(articleID: "b", blockIndex: 2))
    }

    @Test func sameMillisecondSavesStillOrderByArrival() throws {
        let fixture = try StoreFixture()
        let frozen = Date(timeIntervalSince1970: 1_000)
        let store = try PersonalDatabase(directory: fixture.directory, clock: { frozen })
        try store.saveReadingPosition(ReadingPosition(articleID: "b", blockIndex: 1))
        try store.saveReadingPosition(ReadingPosition(articleID: "a", blockIndex: 1))
        #expect(try store.lastReadingPosition()?.articleID == "a")
        try store.saveReadingPosition(ReadingPosition(articleID: "b", blockIndex: 7))
        #expect(try store.lastReadingPosition() == ReadingPosition(articleID: "b", blockIndex: 7))
    }

    @Test func negativePositionIsRefused() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        #expect(throws: PersonalStoreError.self) {
            try store.saveReadingPosition(ReadingPosition(articleID: "a", blockIndex: -1))
        }
        #expect(try store.lastReadingPosition() == nil)
    }
}
