import ArticleKit

/// `o` in an article: the links on screen, and following one. A web or
/// mail address goes out as `Effect.openLink`; a link to the library
/// opens here, remembering where it was followed from (`linkHistory`), so
/// Backspace comes back; any other address is only shown.
extension Reader {
    static func showLinks(_ state: inout AppState) {
        guard let reading = state.reading else { return }
        let links = reading.visibleLinks(rows: state.bodyTextSize.height)
        guard !links.isEmpty else {
            state.message = "No links on this screen"
            return
        }
        state.overlay = .links(LinkPicker(links: links, fileName: reading.article.fileName))
    }

    static func updateLinks(_ state: inout AppState, _ action: Action) -> [Effect] {
        guard case .links(var picker) = state.overlay else { return [] }
        switch action {
        case .closeOverlay, .quit:
            state.overlay = nil
        case .lineDown, .lineUp:
            picker.move(by: action == .lineDown ? 1 : -1)
            state.overlay = .links(picker)
        case .open:
            state.overlay = nil
            return follow(&state, picker.targets[picker.selection])
        case .chooseLink(let number?):
            guard picker.targets.indices.contains(number - 1) else {
                state.message = "No link \(number) here"
                return []
            }
            state.overlay = nil
            return follow(&state, picker.targets[number - 1])
        case .resize(let size):
            state.size = size
            state.reflowIfNeeded()
            keepSelectionsVisible(&state)
        default: break
        }
        return []
    }

    /// Follows a link: out to the browser, to a place in the library, or
    /// (an address weigh does not open) into the status line.
    static func follow(_ state: inout AppState, _ target: LinkTarget) -> [Effect] {
        switch target {
        case .web(let url):
            return [.openLink(url)]
        case .shownOnly(let url):
            state.message = "\(url) — not opened: weigh opens only web and mail links"
        case .library(let fileName, let slug):
            openLibraryLink(&state, fileName: fileName, slug: slug)
        }
        return []
    }

    private static func openLibraryLink(_ state: inout AppState, fileName: String?, slug: String?) {
        guard let from = state.reading else { return }
        let index = fileName.map { name in state.library.articles.firstIndex { $0.fileName == name } } ?? from.articleIndex
        guard let index else {
            state.message = "No article \(fileName ?? "") in this library"
            return
        }
        let article = state.library.articles[index]
        let section = slug.flatMap { article.section(withSlug: $0) }
        state.linkHistory.append(from.position)
        if state.linkHistory.count > AppState.linkHistoryLimit { state.linkHistory.removeFirst() }
        state.open(articleIndex: index, at: ReadingPosition(articleID: article.id, blockIndex: section?.blockIndex ?? 0))
        state.reading?.highlightedSectionSlug = section?.slug
        state.focus = .body
        if let slug, section == nil {
            state.message = "No section #\(slug) in \(article.title); opened at its start"
        }
    }

    /// Backspace after following a link in the library: back to where it
    /// was followed from. Returns false when no link was followed.
    static func backFromLink(_ state: inout AppState) -> Bool {
        while let place = state.linkHistory.popLast() {
            guard let index = state.library.articles.firstIndex(where: { $0.id == place.articleID }) else { continue }
            state.open(articleIndex: index, at: place)
            state.reading?.highlightedSectionSlug = nil
            state.focus = .body
            return true
        }
        return false
    }
}
