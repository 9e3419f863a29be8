import ArticleKit
import Foundation
import Testing
@testable import ReaderUI
import WeighTestSupport

/// Whatever the terminal's size and whatever key comes next, the selected
/// row of a list pane that is on screen is drawn: the update and the view
/// take the pane's rows from one place (`PaneRows`), and the view clamps
/// the scroll it is given (`ListViewport.drawnScroll`).
@Suite("The selected row stays on screen")
struct SelectionVisibilityTests {
    static let sizes: [Size] = [
        Size(width: 20, height: 6), Size(width: 40, height: 10), Size(width: 41, height: 11), Size(width: 60, height: 12),
        Size(width: 89, height: 24), Size(width: 90, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60),
        Size(width: 300, height: 100),
    ]
    static let moves: [Action] = [.lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom,
                                  .nextSection, .previousSection, .expand, .collapse]

    /// A library long enough to scroll every pane: many articles with
    /// sections and claims (for the comparison), and many bookmarks.
    static let library: Library = {
        let topics = (0..<6).map { Topic(id: "t\($0)", title: "Topic \($0)", question: "Question \($0) about it?") }
        let articles = (0..<14).map { number -> Article in
            var article = ReaderFixture.article("a\(number)", "Article \(number) with a title long enough to wrap somewhere",
                                                sections: ["One", "Two", "Three"], paragraphsPerSection: 2)
            article.claims = (0..<5).map { claim in
                Claim(stance: Stance.allCases[claim % 3], topicID: "t\((number + claim) % 6)",
                      text: "Claim \(claim) of article \(number), long enough that it wraps over several rows of a narrow column",
                      sectionSlug: "one")
            }
            return article
        }
        return Library(topics: topics, articles: articles)
    }()

    static let bookmarks: [BookmarkEntry] = (0..<30).map { number in
        BookmarkEntry(id: Int64(number + 1), position: ReadingPosition(articleID: "a\(number % 14)", blockIndex: 1),
                      sectionTitle: "One", excerpt: "Paragraph \(number)", label: nil,
                      createdAt: Date(timeIntervalSince1970: Double(number)))
    }

    /// The selected item's rows and the rows its pane shows, for the pane
    /// with the keyboard; nil when that pane is not on screen.
    static func selectedRows(_ state: AppState) -> (rows: [Int], shown: Range<Int>)? {
        let layout = state.layout
        guard !layout.isTooSmall else { return nil }
        switch state.focus {
        case .contents:
            guard layout.contents != nil else { return nil }
            let visible = state.contentsRowsVisible
            let scroll = state.contentsList.drawnScroll(visible: visible, total: state.contentsRows.count)
            return ([state.contentsList.selection], scroll..<scroll + visible)
        case .bookmarks:
            guard layout.bookmarks != nil, let pane = state.bookmarksPane else { return nil }
            let rows = BookmarkList.rows(for: BookmarkList.ordered(state.bookmarks), library: state.library)
            let visible = state.bookmarkRowsVisible
            let scroll = pane.list.drawnScroll(visible: visible, total: rows.count)
            return (rows.indices.filter { rows[$0] == .bookmark(index: pane.list.selection) }, scroll..<scroll + visible)
        case .results:
            guard layout.results != nil, let pane = state.resultsPane, !pane.results.isEmpty else { return nil }
            let visible = state.resultsVisible
            let scroll = pane.list.drawnScroll(visible: visible, total: pane.results.count)
            return ([pane.list.selection], scroll..<scroll + visible)
        case .comparison:
            guard layout.comparison != nil, let pane = state.comparison else { return nil }
            let rows = Reader.comparisonRows(state)
            let visible = state.comparisonRowsVisible
            let scroll = pane.list.drawnScroll(visible: visible, total: rows.count)
            return (rows.indices.filter { rows[$0].claimSpans.contains { $0.claim == pane.list.selection } }, scroll..<scroll + visible)
        case .body:
            return nil
        }
    }

    static func opened(_ focus: Focus, size: Size) -> AppState {
        var state = AppState(library: library, size: size, bookmarks: bookmarks)
        switch focus {
        case .contents: _ = Reader.update(&state, .focusNext)
        case .bookmarks: _ = Reader.update(&state, .toggleBookmarks)
        case .comparison:
            _ = Reader.update(&state, .toggleComparison)
            _ = Reader.update(&state, .switchComparisonScope)
        case .results:
            _ = Reader.update(&state, .findInLibrary)
            for key in "claim" { _ = Reader.update(&state, .promptKey(.character(key))) }
            _ = Reader.update(&state, .promptKey(.enter))
        case .body: break
        }
        return state
    }

    @Test(arguments: [Focus.contents, .bookmarks, .results, .comparison])
    func afterAnyKeyAtAnySize(pane: Focus) {
        // A fixed seed per pane, so a failure replays (hash values change per run).
        let seeds: [Focus: UInt64] = [.contents: 1, .bookmarks: 2, .results: 3, .comparison: 4]
        var random = SplitMix64(seed: 0x5e1ec7 &+ (seeds[pane] ?? 0))
        var checked = 0
        for size in Self.sizes {
            var state = Self.opened(pane, size: size)
            #expect(state.focus == pane || state.layout.isTooSmall, "\(pane) at \(size) has the keyboard")
            for _ in 0..<50 {
                let action: Action
                if Int.random(in: 0..<10, using: &random) == 0 {
                    action = .resize(Self.sizes.randomElement(using: &random)!)
                } else {
                    action = Self.moves.randomElement(using: &random)!
                }
                _ = Reader.update(&state, action)
                guard state.focus == pane, let (rows, shown) = Self.selectedRows(state) else { continue }
                checked += 1
                #expect(!rows.isEmpty && rows.contains { shown.contains($0) },
                        "\(pane) after \(action) at \(state.size): selected rows \(rows), shown \(shown)")
            }
        }
        #expect(checked > 120, "the pane was on screen for most keys (\(checked))")
    }

    @Test func aViewClampsAScrollItWasGiven() {
        var list = ListViewport(selection: 3, scroll: 50)
        #expect(list.drawnScroll(visible: 10, total: 20) == 10)
        #expect(list.drawnScroll(visible: 10, total: 4) == 0)
        list.reveal(first: 12, last: 13, visible: 5, total: 20)
        #expect(list.scroll == 12, "shows the item's first row when it comes into view from below")
        list.reveal(first: 2, last: 30, visible: 5, total: 40)
        #expect(list.scroll == 2, "an item taller than the view shows its top")
        list.select(99, count: 7)
        #expect(list.selection == 6)
        list.select(-3, count: 0)
        #expect(list.selection == 0)
    }
}
