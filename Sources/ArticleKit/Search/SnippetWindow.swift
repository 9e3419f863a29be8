/// The part of a text a snippet can show: the `Character`s within reach of
/// the match, found by walking UTF-8 (not `Character` by `Character`),
/// with the whitespace runs collapsed.
struct SnippetWindow {
    /// The window's UTF-8.
    private(set) var utf8: [UInt8] = []
    /// Where each `Character` of the window starts in `utf8`, and the end.
    private(set) var starts: [Int] = [0]
    /// The match, as `Character` indices into the window.
    private(set) var match = 0..<0
    private(set) var isCutBefore = false
    private(set) var isCutAfter = false

    /// An item of a collapsed side: a `Character` index, or one of these.
    static let space = -2
    static let ellipsis = -1

    init(text: String, match: Range<Int>, reach: Int) {
        if let done = text.utf8.withContiguousStorageIfAvailable({ SnippetWindow(text, $0, match, reach) }) {
            self = done
        } else {
            var native = text
            native.makeContiguousUTF8()
            self = native.utf8.withContiguousStorageIfAvailable { SnippetWindow(native, $0, match, reach) } ?? SnippetWindow()
        }
    }

    private init() {}

    private init(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ match: Range<Int>, _ reach: Int) {
        let lower = max(0, match.lowerBound)
        let first = max(0, lower - reach)
        let last = max(lower, match.upperBound) + reach
        var position = 0
        var character = 0
        var windowStart = 0
        var offsets: [Int] = []
        while position < bytes.count, character < last {
            if character == first { windowStart = position }
            if character >= first { offsets.append(position - windowStart) }
            if bytes[position] < 0x80, position + 1 < bytes.count, bytes[position + 1] < 0x80, bytes[position] != 0x0D {
                position += 1
            } else {
                position = GraphemeBoundary.end(ofCharacterAt: position, in: text, utf8: bytes)
            }
            character += 1
        }
        guard character > first else { return }
        offsets.append(position - windowStart)
        utf8 = Array(bytes[windowStart..<position])
        starts = offsets
        isCutBefore = first > 0
        isCutAfter = position < bytes.count
        let count = offsets.count - 1
        let start = min(lower - first, count)
        self.match = start..<min(max(start, match.upperBound - first), count)
    }

    var count: Int { starts.count - 1 }

    /// The first scalar of `Character` `index`.
    func firstScalar(of index: Int) -> UInt32 {
        utf8.withUnsafeBufferPointer { TextFolder.decode($0, at: starts[index]).scalar }
    }

    func isWhitespace(_ index: Int) -> Bool {
        let scalar = firstScalar(of: index)
        if scalar < 0x80 { return scalar == 0x20 || scalar &- 0x09 < 5 }
        return Unicode.Scalar(scalar)?.properties.isWhitespace ?? false
    }

    /// `Character` `index` as a `Character`.
    func character(_ index: Int) -> Character {
        Character(String(decoding: utf8[starts[index]..<starts[index + 1]], as: UTF8.self))
    }

    /// Items of `indices`, whitespace runs as one `space`.
    func collapsed<Indices: Sequence<Int>>(_ indices: Indices) -> [Int] {
        var items: [Int] = []
        var spacing = false
        for index in indices {
            if isWhitespace(index) {
                if !spacing { items.append(Self.space) }
                spacing = true
            } else {
                items.append(index)
                spacing = false
            }
        }
        return items
    }

    /// The text of `items`.
    func text<Items: Sequence<Int>>(of items: Items) -> String {
        var bytes: [UInt8] = []
        for item in items {
            switch item {
            case Self.space: bytes.append(0x20)
            case Self.ellipsis: bytes += [0xE2, 0x80, 0xA6]
            default: bytes += utf8[starts[item]..<starts[item + 1]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
