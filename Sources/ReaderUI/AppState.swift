import ArticleKit
import DecisionKit

/// Everything the reader shows, as a value: `update` changes it, `Screen`
/// draws it. Nothing here touches a terminal, a file or a database.
public struct AppState: Sendable {
    /// The library; it grows while the rest of a large one loads in the
    /// background (`Action.libraryGrew`).
    public internal(set) var library: Library {
        didSet { contentsRows = ContentsRow.rows(for: library, unfolded: unfolded) }
    }
    /// How far loading has come, while the library is still loading.
    public var libraryLoading: LibraryLoadingProgress?
    /// Where the reader was asked to start, when that article has not
    /// loaded yet; it opens there when it arrives, unless a key came first.
    public var pendingStart: ReadingPosition?
    public var size: Size
    /// The keys in force: matching, the status line's hints and the help
    /// all read this one value, so a remapped key shows wherever keys do.
    public let keymap: Keymap
    /// The widest article text is laid out (the config file's
    /// `body-width`), however wide the pane.
    public let maximumTextWidth: Int
    public var focus: Focus = .body
    public var contentsHidden = false
    /// Ids of the articles whose sections show in the contents.
    public var unfolded: Set<String> = [] {
        didSet { contentsRows = ContentsRow.rows(for: library, unfolded: unfolded) }
    }
    /// The contents' rows as they stand, kept up to date as the library
    /// and the unfolded articles change (so a frame does not rebuild them).
    public private(set) var contentsRows: [ContentsRow]
    /// Selected row of the contents, and the first row shown.
    public var contentsList = ListViewport()
    /// The open article, if any.
    public var reading: ReadingView?
    /// The risk/benefit comparison, while it is open.
    public var comparison: ComparisonState?
    /// Set when a claim opened the article, so Esc goes back to it.
    public var cameFromComparison = false
    public var overlay: Overlay?
    /// Every bookmark, as the store last reported them.
    public var bookmarks: [BookmarkEntry] = []
    /// What the person has recorded about their decision, as the store
    /// last reported it (ratings show in the comparison's topic titles).
    public var records = DecisionRecords()
    /// The bookmarks pane, while it is open.
    public var bookmarksPane: BookmarksPane?
    /// The last place read in each article, restored when it is opened.
    public var savedPositions: [String: ReadingPosition] = [:]
    /// A text prompt in the status line, while one is open.
    public var prompt: Prompt?
    /// Why bookmarks cannot be saved, when the store could not be opened.
    public var bookmarksUnavailable: String?
    /// The search in the open article (`/`, `n`, `N`), while there is one.
    public var search: ArticleSearch?
    /// The last query, remembered for the session (`/` then Enter).
    public var lastQuery: String?
    /// Library-wide search results (`F`), while they are shown.
    public var resultsPane: ResultsPane?
    /// The library's search index, made when a library search is first
    /// started: in the background when the app can do that
    /// (`loadsInBackground`, `Effect.buildSearchIndex`), else on the spot.
    public var searchIndex: LibrarySearchIndex?
    /// Whether the app carries out `Effect.loadInBackground` and
    /// `Effect.buildSearchIndex`: set by the app that runs the reader;
    /// tests and tools without threads leave it.
    public var loadsInBackground = false
    /// The rest of the library was asked for (once, after the first frame).
    public internal(set) var backgroundLoadAsked = false
    /// The index was asked for in the background and has not come yet.
    public internal(set) var searchIndexPending = false
    /// A library search asked for before the index was ready.
    public var waitingLibraryQuery: String?
    /// Where links between articles were followed from, the latest last:
    /// Backspace goes back to each in turn (at most `linkHistoryLimit`).
    public var linkHistory: [ReadingPosition] = []
    public static let linkHistoryLimit = 50
    /// A one-time note for the status line, cleared by the next key.
    public var message: String?

    /// Something drawn over the panes.
    public enum Overlay: Hashable, Sendable {
        case help(scroll: Int)
        /// "My decision": everything the person recorded (`d`).
        case decision(DecisionPane)
        /// The links on screen, to follow one (`o`).
        case links(LinkPicker)
    }

    /// A reader on `library` at `size`, opened where `start` says (the last
    /// place read) or at the first article.
    public init(library: Library, size: Size, start: ReadingPosition? = nil, savedPositions: [String: ReadingPosition] = [:],
                bookmarks: [BookmarkEntry] = [], records: DecisionRecords = DecisionRecords(), keymap: Keymap = .standard,
                maximumTextWidth: Int = ScreenLayout.defaultMaximumTextWidth, contentsHidden: Bool = false) {
        self.library = library
        self.records = records
        self.keymap = keymap
        self.maximumTextWidth = maximumTextWidth
        self.contentsHidden = contentsHidden
        self.contentsRows = ContentsRow.rows(for: library, unfolded: [])
        self.size = size
        self.savedPositions = savedPositions
        self.bookmarks = bookmarks
        if let start, let index = library.articles.firstIndex(where: { $0.id == start.articleID }) {
            open(articleIndex: index, at: start)
        } else if !library.articles.isEmpty {
            open(articleIndex: 0)
            pendingStart = start
        } else {
            pendingStart = start
        }
    }

    public var layout: ScreenLayout {
        ScreenLayout(size: size, focus: focus, contentsHidden: contentsHidden, comparisonOpen: comparison != nil, sidePane: sidePane)
    }

    /// What the left pane shows on a wide terminal.
    public var sidePane: SidePane {
        if resultsPane != nil { return .results }
        if bookmarksPane != nil { return .bookmarks }
        return .contents
    }

    /// The size article text is laid out at right now.
    public var bodyTextSize: Size {
        ScreenLayout.bodyTextSize(for: size, contentsHidden: contentsHidden, comparisonOpen: comparison != nil, sidePane: sidePane,
                                  maximumTextWidth: maximumTextWidth)
    }

    /// The keymap scope for the current focus and overlay.
    public var keyScope: KeyScope {
        switch overlay {
        case .help?: return .help
        case .decision?: return .decision
        case .links?: return .links
        case nil: break
        }
        if prompt != nil { return .prompt }
        switch focus {
        case .contents: return .contents
        case .body: return .body
        case .comparison: return .comparison
        case .bookmarks: return .bookmarks
        case .results: return .results
        }
    }

    /// Opens an article (unfolding it in the contents) at `position`, or at
    /// its start.
    public mutating func open(articleIndex: Int, at position: ReadingPosition? = nil) {
        guard library.articles.indices.contains(articleIndex) else { return }
        let article = library.articles[articleIndex]
        if reading?.articleIndex != articleIndex {
            reading = ReadingView(articleIndex: articleIndex, article: article, width: bodyTextSize.width)
            search = nil
            if position == nil, let saved = savedPositions[article.id] { move(to: saved) }
        }
        if let position { move(to: position) }
        unfolded.insert(article.id)
        selectContentsRow(for: articleIndex)
    }

    /// Moves the open article to `target`. In an article shown in part
    /// (`Article.isPartial`) a place past that part waits for the whole
    /// (`pendingStart`, kept unless a key comes first).
    private mutating func move(to target: ReadingPosition) {
        guard var view = reading else { return }
        let rows = bodyTextSize.height
        // In the part's last screen the view would stop short of it.
        if view.article.isPartial && (target.blockIndex >= view.blockCount || view.line(for: target) > view.maximumTop(rows: rows)) {
            pendingStart = target
            return
        }
        view.move(to: target, rows: rows)
        reading = view
    }

    /// After the library changed: an open article shown in part is
    /// replaced by the whole of it, at the same place.
    mutating func takeWholeOpenArticle() {
        guard let view = reading, view.article.isPartial, library.articles.indices.contains(view.articleIndex) else { return }
        let article = library.articles[view.articleIndex]
        guard !article.isPartial, article.id == view.article.id else { return }
        var whole = ReadingView(articleIndex: view.articleIndex, article: article, width: view.width)
        whole.move(to: view.position, rows: bodyTextSize.height)
        whole.highlightedSectionSlug = view.highlightedSectionSlug
        reading = whole
        search = nil  // its matches were counted in the part
    }

    /// Selects the article's row in the contents, keeping it in view.
    mutating func selectContentsRow(for articleIndex: Int) {
        if let row = contentsRows.firstIndex(of: .article(index: articleIndex)) {
            contentsList.selection = row
            keepContentsSelectionVisible()
        }
    }

    mutating func keepContentsSelectionVisible() {
        let count = contentsRows.count
        contentsList.select(contentsList.selection, count: count)
        contentsList.reveal(first: contentsList.selection, last: contentsList.selection, visible: contentsRowsVisible, total: count)
    }

    /// Lays the open article out again if the text width changed.
    mutating func reflowIfNeeded() {
        let text = bodyTextSize
        let width = reading?.width
        reading?.reflow(width: text.width, rows: text.height)
        if search?.current != nil, let reading, reading.width != width {
            // The blocks holding the query are the same at any width; only
            // where the current match falls has moved.
            let moved = search?.next(after: reading.top, strictly: false, in: reading)?.hit
            search?.current = moved
        }
        keepContentsSelectionVisible()
    }
}
