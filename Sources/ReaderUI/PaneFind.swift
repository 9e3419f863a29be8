import ArticleKit

/// `/`, `n` and `N` in a list pane (the contents, the comparison, the
/// bookmarks, My decision): the selection jumps to the next entry whose text holds the
/// query, as in less and tig, rather than the list being filtered down to
/// the matches: nothing is hidden, the rows around a match stay in view,
/// and Esc puts the list back as it was.
///
/// Matching is the body's (`TextMatcher`): smart case, diacritics and
/// typographic quotes ignored. An entry is searched from the one after
/// the selected one, wrapping past the end (or, backwards, the start).
public struct PaneFind: Hashable, Sendable {
    /// The pane the prompt searches, as the keymap names it.
    public var pane: KeyScope
    /// The entry selected when `/` was pressed: typing finds the first
    /// match after it.
    public var originEntry: Int
    /// The pane's list and (in the contents) the unfolded articles when
    /// `/` was pressed, given back by Esc.
    public var originList: ListViewport
    public var originUnfolded: Set<String>

    public init(pane: KeyScope, originEntry: Int, originList: ListViewport, originUnfolded: Set<String>) {
        self.pane = pane
        self.originEntry = originEntry
        self.originList = originList
        self.originUnfolded = originUnfolded
    }

    /// A match found among a pane's entries.
    public struct Match: Hashable, Sendable {
        /// The entry's index.
        public var entry: Int
        /// Whether the search ran past the end (or the start) to find it.
        public var wrapped: Bool
    }

    /// The first entry of `texts` after `index` (before it, going
    /// backwards) that holds `query`, wrapping round; the entry at `index`
    /// itself comes last. Nil when no entry holds it.
    public static func find(_ query: String, in texts: [String], after index: Int, forward: Bool = true) -> Match? {
        let matcher = TextMatcher(query: query)
        guard !matcher.isEmpty, !texts.isEmpty else { return nil }
        let count = texts.count
        let start = min(max(index, -1), count)
        for step in 1...count {
            let raw = forward ? start + step : start - step
            let entry = ((raw % count) + count) % count
            if !matcher.matches(in: texts[entry], limit: 1).isEmpty {
                return Match(entry: entry, wrapped: forward ? raw >= count : raw < 0)
            }
        }
        return nil
    }

    /// Which match `entry` is (from 1) among the entries holding `query`,
    /// and how many there are: "match 2 of 5".
    public static func number(of entry: Int, _ query: String, in texts: [String]) -> (number: Int, total: Int)? {
        let matcher = TextMatcher(query: query)
        guard !matcher.isEmpty else { return nil }
        let matching = texts.indices.filter { !matcher.matches(in: texts[$0], limit: 1).isEmpty }
        guard let place = matching.firstIndex(of: entry) else { return nil }
        return (place + 1, matching.count)
    }
}
