import ArticleKit

extension Reader {
    static func updateBody(_ state: inout AppState, _ action: Action) {
        let rows = state.bodyTextSize.height
        switch action {
        case .lineDown: scrollBody(&state, by: 1)
        case .lineUp: scrollBody(&state, by: -1)
        case .pageDown: scrollBody(&state, by: rows)
        case .pageUp: scrollBody(&state, by: -rows)
        case .halfPageDown: scrollBody(&state, by: max(1, rows / 2))
        case .halfPageUp: scrollBody(&state, by: -max(1, rows / 2))
        case .top: state.reading?.scroll(to: .start, rows: rows)
        case .bottom: state.reading?.scrollToEnd(rows: rows)
        case .nextSection, .previousSection: jumpSection(&state, forward: action == .nextSection)
        default: break
        }
    }

    static func scrollBody(_ state: inout AppState, by delta: Int) {
        guard var reading = state.reading else { return }
        let rows = state.bodyTextSize.height
        let before = reading.top
        reading.scroll(by: delta, rows: rows)
        reading.highlightedSectionSlug = nil
        if reading.top == before && delta != 0 {
            state.message = delta > 0 ? "End of the article" : "Top of the article"
        }
        state.reading = reading
    }

    /// `]` and `[`: the next section's heading to the top, or back to the
    /// start of this section (then the one before), as in vim.
    static func jumpSection(_ state: inout AppState, forward: Bool) {
        guard var reading = state.reading else { return }
        let rows = state.bodyTextSize.height
        let starts = ContentsRow.listedSections(of: reading.article).map { ($0, reading.firstLine(ofBlock: $0.blockIndex)) }
        let target = forward
            ? starts.first { $0.1 > reading.top }
            : starts.last { $0.1 < reading.top }
        guard let (section, line) = target else {
            state.message = forward ? "No more sections" : "This is the first section"
            return
        }
        let before = reading.top
        reading.scroll(to: line, rows: rows)
        if forward && reading.top == before {  // the end is already in view
            state.message = "No more sections"
            return
        }
        reading.highlightedSectionSlug = section.slug
        state.reading = reading
    }
}
