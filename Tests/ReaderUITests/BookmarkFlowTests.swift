import ArticleKit
import Foundation
import Testing
@testable import ReaderUI
import WeighTestSupport

/// Bookmarks in the reader, with the store in memory (`MemoryPersonalStore`,
/// which answers as `weigh`'s does), so the flow is tested end to end
/// without SQLite.
@Suite("Bookmarks and reading positions in the reader")
@MainActor
struct BookmarkFlowTests {
    let size = Size(width: 120, height: 40)

    @Test func markAsksForALabelAndSavesTheTopLine() throws {
        let store = MemoryPersonalStore()
        let typed: [InputEvent] = [.key(.control("u"))] + "side note".map { .key(.character($0)) }
        let result = play(ReaderFixture.keys("]]jm") + typed + [.key(.enter)], library: ReaderFixture.library, size: size, store: store)
        let bookmark = try #require(store.bookmarks.first)
        #expect(bookmark.label == "side note")
        #expect(bookmark.sectionTitle == "Second part")
        #expect(bookmark.position == result.state.reading?.position)
        #expect(bookmark.excerpt.hasPrefix("Paragraph 1 of section 2"))
        #expect(result.terminal.screen[1].hasPrefix(" ▾ Alpha") && result.terminal.screen[1].contains("│◆"), "the margin marks the place")
    }

    @Test func thePromptShowsAndEscapeCancels() {
        let prompting = play(ReaderFixture.keys("]m"), library: ReaderFixture.library, size: size, store: MemoryPersonalStore())
        #expect(prompting.terminal.screen[39].hasPrefix(" Bookmark label: First part▏"))
        #expect(prompting.terminal.screen[39].hasSuffix("Enter save · Esc cancel"))
        let cancelling = MemoryPersonalStore()
        let cancelled = play(ReaderFixture.keys("]m") + [.key(.escape)], library: ReaderFixture.library, size: size, store: cancelling)
        #expect(cancelling.bookmarks.isEmpty)
        #expect(cancelled.terminal.screen[39].contains("Cancelled"))
        let accepting = MemoryPersonalStore()
        _ = play(ReaderFixture.keys("]m") + [.key(.enter)], library: ReaderFixture.library, size: size, store: accepting)
        #expect(accepting.bookmarks.first?.label == "First part", "Enter accepts the suggested label")
    }

    @Test func bookmarksPaneListsJumpsDeletesUndoesRenames() throws {
        let store = MemoryPersonalStore()
        _ = play(ReaderFixture.keys("]m") + [.key(.enter)], library: ReaderFixture.library, size: size, store: store)
        _ = play(ReaderFixture.keys("]]]m") + [.key(.enter)], library: ReaderFixture.library, size: size, store: store)
        let listed = play([.key(.character("'"))], library: ReaderFixture.library, size: size, store: store)
        let screen = listed.terminal.screen
        #expect(screen[1].hasPrefix(" Bookmarks (2)"))
        #expect(screen[2].hasPrefix(" Alpha"))
        #expect(screen[3].hasPrefix("  ◆ Third part"), "newest first")
        #expect(screen[5].hasPrefix("  ◆ First part"))

        let jumped = play([.key(.character("'")), .key(.character("j")), .key(.enter)], library: ReaderFixture.library, size: size, store: store)
        #expect(jumped.state.reading?.currentSection?.title == "First part")
        #expect(jumped.terminal.screen[39].contains("At “First part”"))

        _ = play([.key(.character("'")), .key(.character("d"))], library: ReaderFixture.library, size: size, store: store)
        #expect(store.bookmarks.map(\.label) == ["First part"])
        _ = play([.key(.character("'")), .key(.character("d")), .key(.character("u"))], library: ReaderFixture.library, size: size, store: store)
        #expect(store.bookmarks.count == 1, "u brings the deleted one back")

        _ = play([.key(.character("'")), .key(.character("r")), .key(.control("u")), .key(.character("X")), .key(.enter)], library: ReaderFixture.library, size: size, store: store)
        #expect(store.bookmarks.first?.label == "X")
    }

    @Test func bookmarksOfMissingArticlesAndMovedPlacesStayListed() {
        let store = MemoryPersonalStore(bookmarks: [
            BookmarkEntry(id: 1, position: ReadingPosition(articleID: "gone", blockIndex: 3), sectionTitle: nil, excerpt: "old text", label: "lost", createdAt: Date(timeIntervalSince1970: 1)),
            BookmarkEntry(id: 2, position: ReadingPosition(articleID: "beta", blockIndex: 999), sectionTitle: "Only part", excerpt: "x", label: "moved", createdAt: Date(timeIntervalSince1970: 2)),
        ])
        let result = play([.key(.character("'"))], library: ReaderFixture.library, size: size, store: store)
        #expect(result.terminal.screen.contains { $0.contains("⚠ gone — article no longer in the library") })
        #expect(result.terminal.screen.contains { $0.contains("◆ moved · Only part (place moved)") })
        let jumped = play([.key(.character("'")), .key(.enter)], library: ReaderFixture.library, size: size, store: store)
        #expect(jumped.state.reading?.article.id == "beta")
        #expect(jumped.terminal.screen[39].contains("The article changed; opened “moved” at its section"))
        let missing = play([.key(.character("'")), .key(.character("j")), .key(.enter)], library: ReaderFixture.library, size: size, store: store)
        #expect(missing.terminal.screen[39].contains("no longer in the library"))
        #expect(store.bookmarks.count == 2, "nothing dropped")
    }

    @Test func positionsAreSavedWhenLeavingAndRestoredOnOpen() throws {
        let store = MemoryPersonalStore()
        let first = play(ReaderFixture.keys("]]") + [.key(.tab)] + ReaderFixture.keys("jjjj") + [.key(.enter)], library: ReaderFixture.library, size: size, store: store)
        #expect(first.state.reading?.article.id == "beta")
        #expect(store.writes.first?.articleID == "alpha", "leaving an article saves its place at once")
        let alphaPlace = try #require(store.positions["alpha"])
        #expect(alphaPlace.blockIndex > 0)
        let back = play([.key(.tab), .key(.character("g")), .key(.enter)], library: ReaderFixture.library, size: size, start: store.positions["beta"], store: store)
        #expect(back.state.reading?.article.id == "alpha")
        #expect(back.state.reading?.position == alphaPlace, "opening an article returns to where you were")
    }

    @Test func quittingSavesThePlaceAndStartingReturnsToIt() throws {
        let store = MemoryPersonalStore()
        _ = play(ReaderFixture.keys("]]jjq"), library: ReaderFixture.library, size: size, store: store)
        let last = try #require(store.writes.last)
        #expect(last.articleID == "alpha" && last.blockIndex > 0)
        let again = play([], library: ReaderFixture.library, size: size, start: last, store: store)
        #expect(again.state.reading?.position == last)
    }

    @Test func unavailableStoreStillReadsAndSaysWhy() {
        let store = MemoryPersonalStore()
        let (final, terminal) = play(ReaderFixture.keys("jm"), library: ReaderFixture.library, size: size, store: store) {
            $0.bookmarksUnavailable = "bookmarks cannot be saved: /x: read-only file system"
        }
        #expect(final.reading?.topLine == 1, "reading works")
        #expect(terminal.screen[39].contains("bookmarks cannot be saved: /x: read-only file system"))
        #expect(store.bookmarks.isEmpty)
    }

    /// The store failed to open after the first frame was drawn from what
    /// it holds: the reader says so at once and again on `m`.
    @Test func aStoreUnavailableAfterTheFirstFrameIsSaidAndRemembered() {
        var state = AppState(library: ReaderFixture.library, size: size)
        let why = "Bookmarks unavailable: it is not a regular file (/x/weigh.sqlite)"
        _ = Reader.receive(&state, .bookmarksUnavailable(why))
        #expect(state.bookmarksUnavailable == why)
        #expect(state.message == why)
        _ = Reader.update(&state, .lineDown)
        #expect(state.message == nil)
        let effects = Reader.update(&state, .addBookmark)
        #expect(!effects.contains { if case .addBookmark = $0 { true } else { false } }, "\(effects)")
        #expect(state.message == why)
    }
}
