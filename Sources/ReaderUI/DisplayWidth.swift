/// Display widths of strings, in terminal columns, by `Glyph`'s rules.
public enum DisplayWidth {
    /// Columns `text` takes when drawn.
    public static func of(_ text: some StringProtocol) -> Int {
        let printableASCII = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 < 0x20 || $0 >= 0x7F }
        }
        if printableASCII == true { return text.utf8.count }  // a column a byte
        var columns = 0
        Glyph.walk(text) { glyph, _ in
            columns += glyph?.width ?? 0
            return true
        }
        return columns
    }

    /// The longest prefix of `text` that fits in `columns`, and its width.
    public static func prefix(of text: Substring, fitting columns: Int) -> (prefix: Substring, width: Int) {
        var width = 0
        var end = text.startIndex
        Glyph.walk(text) { glyph, after in
            let glyphWidth = glyph?.width ?? 0
            if width + glyphWidth > columns { return false }
            width += glyphWidth
            end = after
            return true
        }
        return (text[..<end], width)
    }
}
