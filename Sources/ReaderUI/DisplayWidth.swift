/// Display widths of strings, in terminal columns, by `Glyph`'s rules.
public enum DisplayWidth {
    /// Columns `text` takes when drawn; ASCII is measured without decoding.
    public static func of(_ text: some StringProtocol) -> Int {
        var columns = 0
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            columns += 1
        }
        if ascii { return columns }
        return text.reduce(0) { $0 + (Glyph($1)?.width ?? 0) }
    }

    /// The longest prefix of `text` that fits in `columns`, and its width.
    public static func prefix(of text: Substring, fitting columns: Int) -> (prefix: Substring, width: Int) {
        var width = 0
        var end = text.startIndex
        for index in text.indices {
            let glyphWidth = Glyph(text[index])?.width ?? 0
            if width + glyphWidth > columns { break }
            width += glyphWidth
            end = text.index(after: index)
        }
        return (text[..<end], width)
    }
}
