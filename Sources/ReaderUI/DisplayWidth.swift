/// Display widths of strings, in terminal columns, by `Glyph`'s rules.
public enum DisplayWidth {
    /// Columns `text` takes when drawn; printable ASCII not followed by a
    /// combining mark is counted a byte at a time, the rest by grapheme
    /// (the same split as `Canvas.put`).
    public static func of(_ text: some StringProtocol) -> Int {
        var columns = 0
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte >= 0x20 && byte < 0x7F, next == utf8.endIndex || utf8[next] < 0x80 {
                columns += 1
                index = next
                continue
            }
            columns += Glyph(text[index])?.width ?? 0
            index = text.index(after: index)
        }
        return columns
    }

    /// The longest prefix of `text` that fits in `columns`, and its width.
    public static func prefix(of text: Substring, fitting columns: Int) -> (prefix: Substring, width: Int) {
        var width = 0
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte >= 0x20 && byte < 0x7F, next == utf8.endIndex || utf8[next] < 0x80 {
                if width + 1 > columns { break }
                width += 1
                index = next
                continue
            }
            let glyphWidth = Glyph(text[index])?.width ?? 0
            if width + glyphWidth > columns { break }
            width += glyphWidth
            index = text.index(after: index)
        }
        return (text[..<index], width)
    }
}
