import ArticleKit
import DecisionKit

/// "My decision" while it is open: the page as laid out for the records,
/// library and width it was built for, the selected item and the scroll.
/// The page is built when those change, not on every frame: building it
/// resolves every note against the whole library's comparison.
public struct DecisionPane: Hashable, Sendable {
    /// The selected item (an index into `page.items`) and the first line
    /// shown.
    public var list = ListViewport()
    public private(set) var page: DecisionPage
    /// What the page shows, as the printable summary gives it.
    public private(set) var summary: DecisionSummary
    /// The width the page was laid out at.
    public private(set) var width: Int

    public init(state: AppState) {
        width = Self.width(for: state.size, maximumTextWidth: state.maximumTextWidth)
        summary = Self.summary(for: state)
        page = DecisionPage.build(summary: summary, width: width)
    }

    public var selectedItem: DecisionItem? {
        page.items.indices.contains(list.selection) ? page.items[list.selection] : nil
    }

    /// Builds the page again from `state`. What the person just wrote (the
    /// one new note or question) is selected; otherwise the same item stays
    /// selected while it is still there, else the one now at its place.
    public mutating func rebuild(for state: AppState) {
        let kept = selectedItem
        let before = Set(page.items)
        width = Self.width(for: state.size, maximumTextWidth: state.maximumTextWidth)
        summary = Self.summary(for: state)
        page = DecisionPage.build(summary: summary, width: width)
        let added = page.items.filter { $0.isNoteOrQuestion && !before.contains($0) }
        let index = (added.count == 1 ? page.items.firstIndex(of: added[0]) : nil)
            ?? kept.flatMap { page.items.firstIndex(of: $0) } ?? list.selection
        list.select(index, count: page.items.count)
    }

    /// Text columns at a terminal size: the overlay's width less a margin
    /// each side, no wider than an article's text.
    static func width(for size: Size, maximumTextWidth: Int) -> Int {
        min(maximumTextWidth, max(10, DecisionOverlayView.area(size: size).width - 2))
    }

    private static func summary(for state: AppState) -> DecisionSummary {
        let bookmarks = state.bookmarks.map {
            BookmarkExcerpt(id: $0.id, articleID: $0.position.articleID, sectionTitle: $0.sectionTitle, label: $0.label,
                            excerpt: $0.excerpt, createdAt: $0.createdAt)
        }
        return DecisionSummary.build(records: state.records, library: state.library, bookmarks: bookmarks)
    }
}
