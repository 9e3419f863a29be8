import ArticleKit
import DecisionKit

extension Reader {
    /// `c`: opens the comparison (this article's claims if it has any,
    /// else all articles') with the keyboard, or closes it.
    static func toggleComparison(_ state: inout AppState) {
        if state.comparison != nil {
            state.comparison = nil
            state.cameFromComparison = false
            if state.focus == .comparison { state.focus = .body }
        } else {
            let article = state.reading?.article
            let scope: ComparisonScope = article.map { $0.claims.isEmpty ? .library : .article(id: $0.id) } ?? .library
            state.comparison = ComparisonState(library: state.library, scope: scope)
            state.focus = .comparison
        }
        state.reflowIfNeeded()
    }

    static func updateComparison(_ state: inout AppState, _ action: Action) -> [Effect] {
        guard var pane = state.comparison else { return [] }
        let claims = pane.comparison.claims
        let rows = comparisonRows(state)
        let page = state.comparisonRowsVisible
        switch action {
        case .lineDown: pane.list.select(pane.list.selection + 1, count: claims.count)
        case .lineUp: pane.list.select(pane.list.selection - 1, count: claims.count)
        case .top: pane.list.select(0, count: claims.count)
        case .bottom: pane.list.select(claims.count - 1, count: claims.count)
        case .pageDown, .pageUp, .halfPageDown, .halfPageUp:
            let delta = switch action {
            case .pageDown: page
            case .pageUp: -page
            case .halfPageDown: page / 2
            default: -page / 2
            }
            pane.list.scroll(by: delta, visible: page, total: rows.count)
            let visible = rows[pane.list.scroll..<min(rows.count, pane.list.scroll + page)]
            if let first = visible.lazy.flatMap(\.claimSpans).first {
                pane.list.selection = first.claim
                state.comparison = pane
                return []
            }
            // A page of no claims (the legend): the nearest claim is
            // selected and brought back into view.
            pane.list.select(delta > 0 ? claims.count - 1 : 0, count: claims.count)
        case .nextSection, .previousSection:
            let topicStarts = topicFirstClaims(pane.comparison)
            let target = action == .nextSection
                ? topicStarts.first { $0 > pane.list.selection }
                : topicStarts.last { $0 < pane.list.selection }
            if let target { pane.list.selection = target } else {
                state.message = action == .nextSection ? "No more topics" : "This is the first topic"
            }
        case .switchComparisonScope:
            let next: ComparisonScope
            switch pane.scope {
            case .library:
                guard let article = state.reading?.article else { return [] }
                next = .article(id: article.id)
            case .article: next = .library
            }
            pane.rebuild(library: state.library, scope: next, topicID: pane.comparison.topicFilter, importance: state.records.importance)
        case .filterTopic:
            let topic = pane.comparison.topicFilter == nil ? pane.selectedClaim?.claim.topicID : nil
            pane.rebuild(library: state.library, scope: pane.scope, topicID: topic, importance: state.records.importance)
        case .open:
            guard let claim = pane.selectedClaim else { return [] }
            state.comparison = pane
            openClaim(&state, claim)
            return []
        case .rateTopic(let importance):
            // Shown once the store has it (`Report.recordsChanged`).
            guard storeCanKeep(&state), let topic = pane.selectedClaim?.claim.topicID else { return [] }
            return [.rateTopic(id: topic, importance)]
        case .writeNote, .writeTopicNote, .askAboutClaim:
            guard storeCanKeep(&state), let claim = pane.selectedClaim else { return [] }
            let snapshot = ClaimSnapshot(claim, articleTitle: state.library.article(withID: claim.articleID)?.title ?? claim.articleID)
            switch action {
            case .writeNote:
                state.prompt = Prompt(purpose: .note(.claim(snapshot)), question: "Note on this claim", text: "")
            case .writeTopicNote:
                let title = state.library.topic(withID: claim.claim.topicID)?.title ?? claim.claim.topicID
                state.prompt = Prompt(purpose: .note(.topic(id: claim.claim.topicID)), question: "Note on \(title)", text: "")
            default:
                state.prompt = Prompt(purpose: .question(snapshot), question: "Question for your clinician",
                                      text: "About “\(claim.claim.text)”: ")
            }
        case .toggleTopicOrder:
            pane.setMattersFirst(!pane.mattersFirst, library: state.library, importance: state.records.importance)
            state.message = pane.mattersFirst ? "What matters most to you first" : "Topics in their usual order"
        default: break
        }
        state.comparison = pane
        keepSelectedClaimVisible(&state)
        return []
    }

    /// Opens the claim's article at its section, highlighted, and gives
    /// the article the keyboard; Esc comes back.
    static func openClaim(_ state: inout AppState, _ claim: ComparedClaim) {
        guard let index = state.library.articles.firstIndex(where: { $0.id == claim.articleID }) else { return }
        let article = state.library.articles[index]
        let block = article.section(withSlug: claim.claim.sectionSlug)?.blockIndex ?? 0
        state.open(articleIndex: index, at: ReadingPosition(articleID: article.id, blockIndex: block))
        state.reading?.highlightedSectionSlug = claim.claim.sectionSlug
        state.focus = .body
        state.cameFromComparison = true
    }

    /// Esc/Backspace in an article: back to where the last link in the
    /// library was followed from; else, in an article a claim opened, back
    /// to the comparison, the same claim still selected.
    static func back(_ state: inout AppState) {
        if backFromLink(&state) { return }
        guard state.cameFromComparison, state.comparison != nil else { return }
        state.cameFromComparison = false
        state.focus = .comparison
        state.reflowIfNeeded()
    }

    /// The comparison's rows at the width its pane has now (`package`: the
    /// reader fuzzer's invariants check the scroll against them).
    package static func comparisonRows(_ state: AppState) -> [ComparisonRow] {
        guard let pane = state.comparison else { return [] }
        return ComparisonLayout.rows(for: pane.comparison, width: comparisonTextWidth(state), records: state.records)
    }

    static func comparisonTextWidth(_ state: AppState) -> Int {
        max(20, PaneRows.comparisonText(in: PaneRows.rect(of: .comparison, in: state)).width)
    }

    static func topicFirstClaims(_ comparison: Comparison) -> [Int] {
        var starts: [Int] = []
        var index = 0
        for topic in comparison.topics {
            if !topic.claims.isEmpty { starts.append(index) }
            index += topic.claims.count
        }
        return starts
    }

    /// Scrolls so every row of the selected claim is visible (and, at a
    /// topic's first claim, its title too).
    static func keepSelectedClaimVisible(_ state: inout AppState) {
        guard var pane = state.comparison else { return }
        let rows = comparisonRows(state)
        let page = state.comparisonRowsVisible
        let claimRows = rows.indices.filter { rows[$0].claimSpans.contains { $0.claim == pane.list.selection } }
        guard let first = claimRows.first, let last = claimRows.last else {
            pane.list.scroll(by: 0, visible: page, total: rows.count)
            state.comparison = pane
            return
        }
        var top = first
        if let topic = rows[first].topicIndex, let topicStart = rows.firstIndex(where: { $0.topicIndex == topic }),
           topicFirstClaims(pane.comparison).contains(pane.list.selection), last - topicStart < page {
            top = topicStart
        }
        pane.list.reveal(first: top, last: last, visible: page, total: rows.count)
        state.comparison = pane
    }
}
