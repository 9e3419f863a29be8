import ArticleKit
import Foundation
import Testing
@testable import PersonalStore

@Suite("Adding, listing, deleting and renaming bookmarks")
struct BookmarkOperationsTests {
    @Test func addReturnsTheStoredBookmarkWithIDAndTime() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let added = try store.add(at: ReadingPosition(articleID: "risks", blockIndex: 4, offset: 17),
                                  sectionTitle: "Dissociation", excerpt: "Ketamine can cause", label: "read again")
        #expect(added.id > 0)
        #expect(added.createdAt == TestClock.start)
        #expect(added.position == ReadingPosition(articleID: "risks", blockIndex: 4, offset: 17))
        #expect(try store.allBookmarks() == [added])
        #expect(try store.bookmark(id: added.id) == added)
    }

    @Test func bookmarksSurviveReopening() throws {
        let fixture = try StoreFixture()
        let added = try fixture.open().add("risks", 3, label: "kept")
        #expect(try fixture.open().allBookmarks() == [added])
    }

    @Test func listsAreNewestFirstAndPerArticle() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let first = try store.add("a", 1)
        let second = try store.add("b", 2)
        let third = try store.add("a", 3)
        #expect(try store.allBookmarks().map(\.id) == [third.id, second.id, first.id])
        #expect(try store.bookmarks(for: "a").map(\.id) == [third.id, first.id])
        #expect(try store.bookmarks(for: "missing").isEmpty)
    }

    @Test func deleteThenRestoreBringsBackTheSameBookmark() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let kept = try store.add("a", 1)
        let doomed = try store.add("a", 2, label: "undo me")
        let deleted = try #require(try store.delete(id: doomed.id))
        #expect(deleted == doomed)
        #expect(try store.allBookmarks() == [kept])
        #expect(try store.delete(id: doomed.id) == nil)
        try store.restore(deleted)
        #expect(try store.allBookmarks() == [doomed, kept])
    }

    @Test func idsAreNeverReusedSoUndoCannotOverwrite() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let newest = try store.add("a", 1)
        try store.delete(id: newest.id)
        let next = try store.add("a", 2)
        #expect(next.id > newest.id)
        try store.restore(newest)
        #expect(Set(try store.allBookmarks()) == [newest, next])
    }

    @Test func renameSetsAndClearsTheLabel() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let bookmark = try store.add("a", 1)
        #expect(try store.rename(id: bookmark.id, to: "  new\tname ").label == "new name")
        #expect(try store.bookmark(id: bookmark.id)?.label == "new name")
        #expect(try store.rename(id: bookmark.id, to: "   ").label == nil)
        #expect(throws: PersonalStoreError.noSuchBookmark(id: 999)) { try store.rename(id: 999, to: "x") }
    }

    @Test func stringsAreCleanedOfTerminalControlsAndCapped() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let added = try store.add(at: ReadingPosition(articleID: "a", blockIndex: 0),
                                  sectionTitle: "Bad\u{1B}[31m title", excerpt: String(repeating: "word ", count: 200),
                                  label: "\u{9B}2J")
        #expect(added.sectionTitle == "Bad\u{241B}[31m title")
        #expect(added.label == "\u{FFFD}2J")
        #expect(added.excerpt.count == BookmarkText.maximumExcerptLength)
        #expect(try store.allBookmarks() == [added])
    }

    @Test func nonsensePositionsAreRefused() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        #expect(throws: PersonalStoreError.self) { try store.add("a", -1) }
        #expect(throws: PersonalStoreError.self) { try store.add("a", 0, offset: -5) }
        #expect(throws: PersonalStoreError.invalidValue("the article id is empty")) { try store.add(" ", 0) }
        #expect(try store.allBookmarks().isEmpty)
    }
}
