import ArticleKit

/// Where a key binding applies.
public enum KeyScope: Hashable, Sendable, CaseIterable {
    case everywhere
    case contents
    case body
    case comparison
    case bookmarks
    case results
    case help
    case decision
    /// The links on screen, offered by `o`.
    case links
    /// A text prompt has the keyboard; keys edit it (not in the keymap).
    case prompt

    var title: String {
        switch self {
        case .everywhere: "Everywhere"
        case .contents: "Table of contents"
        case .body: "Article"
        case .comparison: "Risk/benefit comparison"
        case .bookmarks: "Bookmarks"
        case .results: "Search results"
        case .help: "This help"
        case .decision: "My decision"
        case .links: "Links on screen"
        case .prompt: "Typing a label"
        }
    }
}

/// One line of the keymap: keys, what they do, where, in words.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    public var scope: KeyScope
    public var summary: String

    public init(_ keys: [Key], _ action: Action, _ scope: KeyScope, _ summary: String) {
        self.keys = keys
        self.action = action
        self.scope = scope
        self.summary = summary
    }
}

/// A status-line hint: the actions whose first keys are shown, and a word.
public struct KeyHint: Hashable, Sendable {
    public var actions: [Action]
    public var word: String

    public init(_ actions: [Action], _ word: String) {
        self.actions = actions
        self.word = word
    }
}

/// The one table that maps keys to actions. The help screen and the status
/// line's hints are generated from it, so they cannot drift apart.
public struct Keymap: Sendable {
    public var bindings: [KeyBinding] { didSet { hintLines = Locked([:]) } }
    /// Which actions the status line suggests in each scope, in order.
    public var hints: [KeyScope: [KeyHint]] { didSet { hintLines = Locked([:]) } }
    /// The status line's hints in each scope as drawn ("j/k scroll  …"),
    /// made the first time a scope is drawn rather than at every frame,
    /// and not for every scope before the first frame. Copies of a keymap
    /// share it; changing the bindings or hints starts a new one.
    private var hintLines: Locked<[KeyScope: String]> = Locked([:])

    public init(bindings: [KeyBinding], hints: [KeyScope: [KeyHint]]) {
        self.bindings = bindings
        self.hints = hints
    }

    /// The status line's hints in `scope`, as drawn: "j/k scroll  Space page".
    public func hintLine(in scope: KeyScope) -> String {
        if let line = hintLines.withLock({ $0[scope] }) { return line }
        let line = hintLabels(in: scope).map { "\($0.keys) \($0.word)" }.joined(separator: "  ")
        hintLines.withLock { $0[scope] = line }
        return line
    }

    /// The action for `key` in `scope`: a binding of that scope first, then
    /// (outside the help) one that applies everywhere.
    public func action(for key: Key, in scope: KeyScope) -> Action? {
        if let binding = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) {
            // A digit bound to choosing a link chooses the link it numbers.
            if case .chooseLink(number: nil) = binding.action, case .character(let digit) = key, let number = digit.wholeNumberValue {
                return .chooseLink(number: number)
            }
            return binding.action
        }
        guard scope != .help && scope != .decision && scope != .links && scope != .prompt else { return nil }
        return bindings.first { $0.scope == .everywhere && $0.keys.contains(key) }?.action
    }

    /// The first key that does `action` in `scope`: the scope's own
    /// bindings first, then those of everywhere, each key checked against
    /// what it really does there (a pane's key shadows everywhere's; the
    /// overlays take none from everywhere).
    public func firstKey(for action: Action, in scope: KeyScope) -> Key? {
        let candidates = bindings.filter { $0.action == action && ($0.scope == scope || $0.scope == .everywhere) }
        let ordered = candidates.filter { $0.scope == scope } + candidates.filter { $0.scope != scope }
        return ordered.lazy.flatMap(\.keys).first { key in
            switch (self.action(for: key, in: scope), action) {
            case (.chooseLink?, .chooseLink): true
            case (let found?, _): found == action
            case (nil, _): false
            }
        }
    }

    /// How a message or a title names the key for `action` in `scope`
    /// ("press m"), so a key moved in the config file is the key shown;
    /// `fallback` when no key is bound to it.
    public func spokenKey(for action: Action, in scope: KeyScope, or fallback: String = "its key") -> String {
        firstKey(for: action, in: scope)?.label ?? fallback
    }

    /// The status line's hints in `scope`, as ("j/k", "scroll") pairs.
    public func hintLabels(in scope: KeyScope) -> [(keys: String, word: String)] {
        (hints[scope] ?? []).compactMap { hint in
            let keys = hint.actions.compactMap { firstKey(for: $0, in: scope)?.label }
            return keys.isEmpty ? nil : (keys.joined(separator: "/"), hint.word)
        }
    }

    public static let standard = Keymap(
        bindings: [
            KeyBinding([.character("j"), .down, .control("n"), .control("e")], .lineDown, .everywhere, "Down one line"),
            KeyBinding([.character("k"), .up, .control("p"), .control("y")], .lineUp, .everywhere, "Up one line"),
            KeyBinding([.character(" "), .pageDown, .control("f"), .character("f")], .pageDown, .everywhere, "Down one page"),
            KeyBinding([.character("b"), .pageUp, .control("b")], .pageUp, .everywhere, "Up one page"),
            KeyBinding([.control("d")], .halfPageDown, .everywhere, "Down half a page"),
            KeyBinding([.control("u")], .halfPageUp, .everywhere, "Up half a page"),
            KeyBinding([.character("g"), .home, .character("<")], .top, .everywhere, "Go to the top"),
            KeyBinding([.character("G"), .end, .character(">")], .bottom, .everywhere, "Go to the end"),
            KeyBinding([.character("]")], .nextSection, .everywhere, "Next section (in the comparison: next topic)"),
            KeyBinding([.character("[")], .previousSection, .everywhere, "Previous section (in the comparison: topic)"),
            KeyBinding([.tab], .focusNext, .everywhere, "Switch pane: contents ⇄ article"),
            KeyBinding([.backTab], .focusPrevious, .everywhere, "Switch pane, backwards"),
            KeyBinding([.character("T")], .toggleContents, .everywhere, "Hide or show the table of contents"),
            KeyBinding([.character("c")], .toggleComparison, .everywhere, "Open or close the risk/benefit comparison"),
            KeyBinding([.character("m")], .addBookmark, .everywhere, "Bookmark the top line of the article"),
            KeyBinding([.character("'")], .toggleBookmarks, .everywhere, "Open or close the bookmarks"),
            KeyBinding([.character("F")], .findInLibrary, .everywhere, "Search every article (titles, headings, claims, text)"),
            KeyBinding([.character("?"), .function(1)], .showHelp, .everywhere, "Show this help"),
            KeyBinding([.character("d")], .showDecision, .everywhere, "My decision: what matters, notes, questions, where I stand"),
            KeyBinding([.character("q")], .quit, .everywhere, "Quit"),

            KeyBinding([.enter], .open, .contents, "Open the selected article or section"),
            KeyBinding([.character("h"), .left], .collapse, .contents, "Fold an article's sections"),
            KeyBinding([.character("l"), .right], .expand, .contents, "Unfold an article's sections"),
            KeyBinding([.character("v")], .editArticle, .contents, "Edit the selected article in $VISUAL or $EDITOR"),
            KeyBinding([.character("/")], .find, .contents, "Jump to a title or heading, in folded articles too"),
            KeyBinding([.character("n")], .findNext, .contents, "Next matching title or heading"),
            KeyBinding([.character("N")], .findPrevious, .contents, "Previous matching title or heading"),

            KeyBinding([.escape, .backspace], .back, .body, "Back to where a link or a claim was followed from"),
            KeyBinding([.character("v")], .editArticle, .body, "Edit this article in $VISUAL or $EDITOR, at the top line"),
            KeyBinding([.character("/")], .find, .body, "Search this article (Enter alone repeats the last search)"),
            KeyBinding([.character("n")], .findNext, .body, "Next match"),
            KeyBinding([.character("N")], .findPrevious, .body, "Previous match"),
            KeyBinding([.character("o")], .showLinks, .body, "Links on screen: follow one (web links open in $BROWSER)"),

            KeyBinding([.enter], .open, .comparison, "Read the selected claim in its article"),
            KeyBinding([.character("/")], .find, .comparison, "Jump to a claim shown, by its text or source tag"),
            KeyBinding([.character("n")], .findNext, .comparison, "Next matching claim"),
            KeyBinding([.character("N")], .findPrevious, .comparison, "Previous matching claim"),
            KeyBinding([.character("s")], .switchComparisonScope, .comparison, "Switch between this article and all articles"),
            KeyBinding([.character("t")], .filterTopic, .comparison, "Only the selected claim's topic (again: all topics)"),
            KeyBinding([.character("4")], .rateTopic(.most), .comparison, "The selected claim's topic matters most to me"),
            KeyBinding([.character("3")], .rateTopic(.aLot), .comparison, "… matters a lot to me"),
            KeyBinding([.character("2")], .rateTopic(.some), .comparison, "… matters some to me"),
            KeyBinding([.character("1")], .rateTopic(.little), .comparison, "… matters little to me"),
            KeyBinding([.character("0")], .rateTopic(.notRated), .comparison, "Clear the topic's rating"),
            KeyBinding([.character("o")], .toggleTopicOrder, .comparison, "What matters most to me first (again: the usual order)"),
            KeyBinding([.character("a")], .writeNote, .comparison, "Write a note on the selected claim"),
            KeyBinding([.character("A")], .writeTopicNote, .comparison, "Write a note on the selected claim's topic"),
            KeyBinding([.character("Q")], .askAboutClaim, .comparison, "Ask about this: a question for the clinician from the claim"),
            KeyBinding([.escape], .toggleComparison, .comparison, "Close the comparison"),

            KeyBinding([.enter], .open, .bookmarks, "Go to the selected bookmark"),
            KeyBinding([.character("d"), .delete], .deleteBookmark, .bookmarks, "Delete the selected bookmark"),
            KeyBinding([.character("u")], .undoDelete, .bookmarks, "Undo the last delete"),
            KeyBinding([.character("r")], .renameBookmark, .bookmarks, "Rename the selected bookmark"),
            KeyBinding([.character("a")], .writeNote, .bookmarks, "Write a note on the selected bookmark"),
            KeyBinding([.character("/")], .find, .bookmarks, "Jump to a bookmark by its label, section or excerpt"),
            KeyBinding([.character("n")], .findNext, .bookmarks, "Next matching bookmark"),
            KeyBinding([.character("N")], .findPrevious, .bookmarks, "Previous matching bookmark"),
            KeyBinding([.escape], .toggleBookmarks, .bookmarks, "Close the bookmarks"),

            KeyBinding([.enter], .open, .results, "Open the article at the selected match"),
            KeyBinding([.escape], .closeResults, .results, "Close the search results"),

            KeyBinding([.escape, .character("q"), .character("d")], .closeOverlay, .decision, "Close my decision"),
            KeyBinding([.character("j"), .down], .lineDown, .decision, "Next item"),
            KeyBinding([.character("k"), .up], .lineUp, .decision, "Previous item"),
            KeyBinding([.character(" "), .pageDown, .character("f")], .pageDown, .decision, "Page"),
            KeyBinding([.character("b"), .pageUp], .pageUp, .decision, "Page back"),
            KeyBinding([.character("g"), .home], .top, .decision, "First item"),
            KeyBinding([.character("G"), .end], .bottom, .decision, "Last item"),
            KeyBinding([.enter], .open, .decision, "Open what the item is about (a starter question: ask it)"),
            KeyBinding([.character("e")], .editItem, .decision, "Change the selected note or question"),
            KeyBinding([.character("x"), .delete], .deleteItem, .decision, "Delete the selected note or question (asks first)"),
            KeyBinding([.character("J")], .moveItemDown, .decision, "Move the selected question down"),
            KeyBinding([.character("K")], .moveItemUp, .decision, "Move the selected question up"),
            KeyBinding([.character("Q")], .newQuestion, .decision, "Write a new question for the clinician"),
            KeyBinding([.character("a")], .writeNote, .decision, "Write a note on the selected topic"),
            KeyBinding([.character("l")], .setLeaning, .decision, "Say where you stand, and the four SURE questions"),
            KeyBinding([.character("/")], .find, .decision, "Jump to an item by its words"),
            KeyBinding([.character("n")], .findNext, .decision, "Next matching item"),
            KeyBinding([.character("N")], .findPrevious, .decision, "Previous matching item"),
            KeyBinding([.character("w")], .writeSummary, .decision, "Write the summary as a page to print (in the data folder)"),

            KeyBinding([.escape, .character("q"), .character("?")], .closeOverlay, .help, "Close this help"),
            KeyBinding([.character("j"), .down], .lineDown, .help, "Scroll the help"),
            KeyBinding([.character("k"), .up], .lineUp, .help, "Scroll the help back"),
            KeyBinding([.character(" "), .pageDown, .character("f")], .pageDown, .help, "Page the help"),
            KeyBinding([.character("b"), .pageUp], .pageUp, .help, "Page the help back"),
            KeyBinding([.character("g"), .home], .top, .help, "Top of the help"),
            KeyBinding([.character("G"), .end], .bottom, .help, "End of the help"),

            KeyBinding([.escape, .character("q"), .character("o")], .closeOverlay, .links, "Close the links"),
            KeyBinding([.character("j"), .down], .lineDown, .links, "Next link"),
            KeyBinding([.character("k"), .up], .lineUp, .links, "Previous link"),
            KeyBinding([.enter], .open, .links, "Follow the selected link"),
            KeyBinding([.character("1"), .character("2"), .character("3"), .character("4"), .character("5"), .character("6"), .character("7"), .character("8"), .character("9")], .chooseLink(number: nil), .links, "Follow the link with that number"),
        ],
        hints: [
            .contents: [
                KeyHint([.lineDown, .lineUp], "move"), KeyHint([.open], "open"), KeyHint([.collapse, .expand], "fold"),
                KeyHint([.find], "search"), KeyHint([.focusNext], "article"), KeyHint([.showHelp], "help"), KeyHint([.quit], "quit"),
            ],
            .body: [
                KeyHint([.lineDown, .lineUp], "scroll"), KeyHint([.pageDown], "page"),
                KeyHint([.nextSection, .previousSection], "section"), KeyHint([.toggleComparison], "compare"),
                KeyHint([.find], "search"), KeyHint([.addBookmark], "mark"), KeyHint([.showDecision], "decision"), KeyHint([.focusNext], "pane"),
                KeyHint([.showHelp], "help"), KeyHint([.quit], "quit"),
            ],
            .comparison: [
                KeyHint([.lineDown, .lineUp], "claim"), KeyHint([.nextSection, .previousSection], "topic"),
                KeyHint([.open], "read"), KeyHint([.rateTopic(.little), .rateTopic(.most)], "rate"), KeyHint([.writeNote], "note"), KeyHint([.find], "search"), KeyHint([.toggleTopicOrder], "order"),
                KeyHint([.switchComparisonScope], "scope"), KeyHint([.filterTopic], "topic only"),
                KeyHint([.toggleComparison], "close"), KeyHint([.showHelp], "help"),
            ],
            .bookmarks: [
                KeyHint([.lineDown, .lineUp], "move"), KeyHint([.open], "go"), KeyHint([.deleteBookmark], "delete"),
                KeyHint([.renameBookmark], "rename"), KeyHint([.writeNote], "note"), KeyHint([.toggleBookmarks], "close"),
            ],
            .results: [
                KeyHint([.lineDown, .lineUp], "move"), KeyHint([.open], "open"), KeyHint([.closeResults], "close"),
                KeyHint([.showHelp], "help"),
            ],
            .help: [KeyHint([.lineDown, .lineUp], "scroll"), KeyHint([.closeOverlay], "close")],
            .links: [KeyHint([.lineDown, .lineUp], "move"), KeyHint([.open], "follow"), KeyHint([.closeOverlay], "close")],
            .decision: [
                KeyHint([.lineDown, .lineUp], "move"), KeyHint([.open], "open"), KeyHint([.editItem], "edit"),
                KeyHint([.deleteItem], "delete"), KeyHint([.moveItemDown, .moveItemUp], "reorder"), KeyHint([.newQuestion], "ask"),
                KeyHint([.setLeaning], "stand"), KeyHint([.writeSummary], "write page"), KeyHint([.closeOverlay], "close"),
            ],
        ]
    )
}
