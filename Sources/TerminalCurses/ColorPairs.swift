import CNcursesw
import ReaderUI

/// Allocates ncurses color pairs on demand, one per (foreground,
/// background) combination, and turns a `CellStyle` into attributes.
struct ColorPairs {
    private var pairs: [Int: Int16] = [:]
    private var next: Int16 = 1

    mutating func attributes(for style: CellStyle, colors: Bool) -> (attr_t, Int16) {
        var attributes = cn_attr_normal()
        if style.bold { attributes |= cn_attr_bold() }
        if style.dim { attributes |= cn_attr_dim() }
        if style.italic { attributes |= cn_attr_italic() }
        if style.underline { attributes |= cn_attr_underline() }
        if style.reverse { attributes |= cn_attr_reverse() }
        guard colors, style.foreground != nil || style.background != nil else { return (attributes, 0) }
        let foreground = style.foreground?.rawValue ?? -1
        let background = style.background?.rawValue ?? -1
        let key = (foreground + 1) * 16 + (background + 1)
        if let pair = pairs[key] { return (attributes, pair) }
        guard Int32(next) < cn_color_pairs() else { return (attributes, 0) }
        init_pair(next, Int16(foreground), Int16(background))
        pairs[key] = next
        next += 1
        return (attributes, pairs[key]!)
    }
}
