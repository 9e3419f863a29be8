/// Finds a query in text the way a reader expects `/` to:
///
/// - **smart case**: case-insensitive unless the query has an uppercase
///   letter (`ketamine` finds `Ketamine`; `Ketamine` does not find
///   `ketamine`);
/// - **diacritics ignored** on both sides (`cafe` finds `café` and
///   `cafe\u{301}`; `café` finds `cafe`), and typographic quotes and dashes
///   read as ASCII (`don't` finds `don’t`);
/// - **whitespace is whitespace**: any run of spaces, tabs or line breaks
///   in the text or the query matches any other run; the query is trimmed;
/// - an empty or all-whitespace query matches nothing.
///
/// Matches are `Character` offsets into the text, in order and never
/// overlapping (`aa` in `aaaa` is two matches).
public struct TextMatcher: Sendable, Hashable {
    /// The query as typed.
    public let query: String
    public let isCaseSensitive: Bool
    /// The folded, trimmed query.
    let pattern: [UInt8]

    /// A matcher with smart case: case-sensitive only if `query` has an
    /// uppercase letter.
    public init(query: String) {
        self.init(query: query, caseSensitive: query.unicodeScalars.contains { $0.properties.changesWhenLowercased })
    }

    /// A matcher with case sensitivity chosen by the caller.
    public init(query: String, caseSensitive: Bool) {
        self.query = query
        isCaseSensitive = caseSensitive
        var folder = TextFolder(caseSensitive: caseSensitive)
        var output = TextFolder.Output(tracksCharacters: false)
        folder.fold(query, into: &output)
        var folded = output.bytes[...]
        while folded.first == 0x20 { folded.removeFirst() }
        while folded.last == 0x20 { folded.removeLast() }
        pattern = Array(folded)
    }

    /// True when the query has nothing to find.
    public var isEmpty: Bool { pattern.isEmpty }

    /// `text` folded the way this matcher searches, to search it again.
    public func fold(_ text: String) -> FoldedText {
        FoldedText(text, caseSensitive: isCaseSensitive)
    }

    /// Every match in `text`, as `Character` offsets, at most `limit`.
    public func matches(in text: String, limit: Int = .max) -> [Range<Int>] {
        guard !isEmpty, limit > 0 else { return [] }
        return matches(in: fold(text), limit: limit)
    }

    /// Every match in a folded text, at most `limit`.
    public func matches(in folded: FoldedText, limit: Int = .max) -> [Range<Int>] {
        guard !isEmpty, limit > 0 else { return [] }
        guard folded.isCaseSensitive == isCaseSensitive else { return matches(in: fold(folded.text), limit: limit) }
        var found: [Range<Int>] = []
        pattern.withUnsafeBufferPointer { pattern in
            folded.bytes.withUnsafeBufferPointer { bytes in
                var from = 0
                while found.count < limit, let start = ByteSearch.firstIndex(of: pattern, in: bytes, from: from) {
                    let characters = folded.characters(ofBytes: start..<(start + pattern.count))
                    if characters.lowerBound >= (found.last?.upperBound ?? 0) { found.append(characters) }
                    from = start + pattern.count
                }
            }
        }
        return found
    }

    /// The first match that starts at `Character` `offset` or later (for
    /// `n`, as in vim: it may overlap the current match, where `matches`
    /// never overlap); nil if there is none, and the caller wraps.
    public func firstMatch(in folded: FoldedText, atOrAfter offset: Int) -> Range<Int>? {
        guard !isEmpty else { return nil }
        guard folded.isCaseSensitive == isCaseSensitive else { return firstMatch(in: fold(folded.text), atOrAfter: offset) }
        return pattern.withUnsafeBufferPointer { pattern in
            folded.bytes.withUnsafeBufferPointer { bytes in
                var from = folded.firstByte(ofCharacter: offset)
                while let start = ByteSearch.firstIndex(of: pattern, in: bytes, from: from) {
                    let characters = folded.characters(ofBytes: start..<(start + pattern.count))
                    if characters.lowerBound >= offset { return characters }
                    from = start + 1
                }
                return nil
            }
        }
    }

    /// The last match that starts before `Character` `offset` (for `N`);
    /// nil if there is none. Searches back in growing windows, so a near
    /// match is found without scanning the whole text.
    public func lastMatch(in folded: FoldedText, before offset: Int) -> Range<Int>? {
        guard !isEmpty else { return nil }
        guard folded.isCaseSensitive == isCaseSensitive else { return lastMatch(in: fold(folded.text), before: offset) }
        return pattern.withUnsafeBufferPointer { pattern in
            folded.bytes.withUnsafeBufferPointer { bytes in
                var before = folded.firstByte(ofCharacter: offset)
                while let start = ByteSearch.lastIndex(of: pattern, in: bytes, before: before) {
                    let characters = folded.characters(ofBytes: start..<(start + pattern.count))
                    if characters.lowerBound < offset { return characters }
                    before = start
                }
                return nil
            }
        }
    }
}

extension TextMatcher {
    /// True when every text this matcher finds something in, `other` finds
    /// something in too: the same case rule and a pattern that contains
    /// `other`'s. Typing more of a query narrows it, so a search as you
    /// type need only look again where the shorter query matched.
    public func narrows(_ other: TextMatcher) -> Bool {
        guard isCaseSensitive == other.isCaseSensitive, !other.isEmpty else { return false }
        return pattern.withUnsafeBufferPointer { pattern in
            other.pattern.withUnsafeBufferPointer { ByteSearch.firstIndex(of: $0, in: pattern, from: 0) != nil }
        }
    }
}
