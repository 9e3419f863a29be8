import DecisionKit

/// The stable names a config file binds keys to (`keys: everywhere:
/// quit: x`). The switch is exhaustive so that a new `Action` does not
/// compile until it is named here (or said to take no key); the names are
/// kebab-case and never change once released, since people's config files
/// hold them.
extension Action {
    /// The action's name in a config file, or nil for what no key triggers
    /// (a key typed in a prompt, a resize, the mouse).
    public var configName: String? {
        switch self {
        case .lineDown: "line-down"
        case .lineUp: "line-up"
        case .pageDown: "page-down"
        case .pageUp: "page-up"
        case .halfPageDown: "half-page-down"
        case .halfPageUp: "half-page-up"
        case .top: "top"
        case .bottom: "bottom"
        case .nextSection: "next-section"
        case .previousSection: "previous-section"
        case .focusNext: "focus-next"
        case .focusPrevious: "focus-previous"
        case .open: "open"
        case .collapse: "collapse"
        case .expand: "expand"
        case .toggleContents: "toggle-contents"
        case .toggleComparison: "toggle-comparison"
        case .switchComparisonScope: "switch-comparison-scope"
        case .filterTopic: "filter-topic"
        case .rateTopic(let importance):
            switch importance {
            case .most: "rate-most"
            case .aLot: "rate-a-lot"
            case .some: "rate-some"
            case .little: "rate-little"
            case .notRated: "clear-rating"
            }
        case .toggleTopicOrder: "toggle-topic-order"
        case .writeNote: "write-note"
        case .writeTopicNote: "write-topic-note"
        case .askAboutClaim: "ask-about-claim"
        case .back: "back"
        case .find: "find"
        case .findNext: "find-next"
        case .findPrevious: "find-previous"
        case .findInLibrary: "find-in-library"
        case .closeResults: "close-results"
        case .addBookmark: "add-bookmark"
        case .toggleBookmarks: "toggle-bookmarks"
        case .deleteBookmark: "delete-bookmark"
        case .undoDelete: "undo-delete"
        case .renameBookmark: "rename-bookmark"
        case .showHelp: "show-help"
        case .showDecision: "show-decision"
        case .editItem: "edit-item"
        case .deleteItem: "delete-item"
        case .moveItemDown: "move-item-down"
        case .moveItemUp: "move-item-up"
        case .setLeaning: "set-leaning"
        case .newQuestion: "new-question"
        case .writeSummary: "write-summary"
        case .editArticle: "edit-article"
        case .showLinks: "show-links"
        case .closeOverlay: "close-overlay"
        case .quit: "quit"
        // A link is followed by its number's digit, fixed like a prompt's
        // keys: a rebound digit would no longer say which link it follows.
        case .promptKey, .paste, .chooseLink, .resize, .click, .wheel: nil
        }
    }

    /// The action a config file names, among those some key can trigger
    /// (`Keymap.standard`'s actions).
    public static func named(_ name: String) -> Action? {
        Keymap.standard.bindings.lazy.map(\.action).first { $0.configName == name }
    }
}
