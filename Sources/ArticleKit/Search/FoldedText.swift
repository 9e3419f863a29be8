/// A text folded once for search, so a `TextMatcher` can search it again
/// and again (`n`, `N`, a new query as it is typed) without redoing the
/// work: diacritics dropped, whitespace runs collapsed to one space,
/// lowercased unless `isCaseSensitive`, with a map from the folded form
/// back to `Character` offsets in `text`.
///
/// Fold with the matcher's `isCaseSensitive` (`matcher.fold(text)`); a
/// matcher given a text folded the other way folds it again itself.
public struct FoldedText: Sendable {
    /// The original text.
    public let text: String
    public let isCaseSensitive: Bool
    /// The number of `Character`s in `text`.
    public let characterCount: Int
    /// The folded text as UTF-8.
    let bytes: [UInt8]
    /// The `Character` offset each folded byte came from; empty when that
    /// offset is the byte's own index (plain ASCII with single spaces).
    let characterOfByte: [Int32]

    public init(_ text: String, caseSensitive: Bool) {
        var folder = TextFolder(caseSensitive: caseSensitive)
        var output = TextFolder.Output(tracksCharacters: true)
        characterCount = folder.fold(text, into: &output)
        self.text = text
        isCaseSensitive = caseSensitive
        bytes = output.bytes
        characterOfByte = output.isIdentity ? [] : output.characterOfByte
    }

    /// The `Character` offset the folded byte at `index` came from.
    @inline(__always)
    func character(ofByte index: Int) -> Int {
        characterOfByte.isEmpty ? index : Int(characterOfByte[index])
    }

    /// The folded bytes `bytes` as a range of `Character`s of `text`.
    func characters(ofBytes range: Range<Int>) -> Range<Int> {
        character(ofByte: range.lowerBound)..<(character(ofByte: range.upperBound - 1) + 1)
    }

    /// The first folded byte that comes from `Character` `offset` or later
    /// (`bytes.count` if none does).
    func firstByte(ofCharacter offset: Int) -> Int {
        guard !characterOfByte.isEmpty else { return min(max(0, offset), bytes.count) }
        var low = 0
        var high = characterOfByte.count
        while low < high {
            let middle = (low + high) / 2
            if Int(characterOfByte[middle]) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
