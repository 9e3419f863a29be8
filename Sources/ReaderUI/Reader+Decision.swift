import ArticleKit

/// "My decision" over the panes: scrolling it, and closing it.
extension Reader {
    static func updateDecisionOverlay(_ state: inout AppState, _ action: Action) {
        guard case .decision(let scroll) = state.overlay else { return }
        let page = DecisionOverlayView.visibleRows(size: state.size)
        let limit = DecisionOverlayView.lastScroll(for: state)
        switch action {
        case .closeOverlay, .showDecision, .quit: state.overlay = nil
        case .lineDown: state.overlay = .decision(scroll: min(limit, scroll + 1))
        case .lineUp: state.overlay = .decision(scroll: max(0, scroll - 1))
        case .pageDown, .halfPageDown: state.overlay = .decision(scroll: min(limit, scroll + (action == .pageDown ? page : page / 2)))
        case .pageUp, .halfPageUp: state.overlay = .decision(scroll: max(0, scroll - (action == .pageUp ? page : page / 2)))
        case .top: state.overlay = .decision(scroll: 0)
        case .bottom: state.overlay = .decision(scroll: limit)
        case .resize(let size):
            state.size = size
            state.reflowIfNeeded()
            keepSelectionsVisible(&state)
            state.overlay = .decision(scroll: min(scroll, DecisionOverlayView.lastScroll(for: state)))
        default: break
        }
    }
}
