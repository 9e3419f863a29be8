/// The links offered by `o`, drawn over the panes: each numbered, with its
/// words and its whole address (wrapped, never cut, so it can be read and
/// copied), and what following it does when that is not the browser.
enum LinkPickerView {
    /// One row of the picker: its text, the link it belongs to, and
    /// whether it is the link's first row (numbered, marked when selected).
    struct Row: Hashable {
        var text: String
        var link: Int
        var isFirst: Bool
    }

    /// What the box's bottom edge says: how to follow a link and close.
    static func footer(keymap: Keymap) -> String {
        "\(keymap.spokenKey(for: .open, in: .links)) or 1–9 follows · \(keymap.spokenKey(for: .closeOverlay, in: .links)) closes"
    }

    /// The rows for `picker` in a box `inner` columns wide inside.
    static func rows(for picker: LinkPicker, inner: Int) -> [Row] {
        let inner = max(8, inner)
        var rows: [Row] = []
        for (index, link) in picker.links.enumerated() {
            let marker = index == picker.selection ? "▶" : " "
            let number = String(index + 1)
            let head = marker + " " + number + String(repeating: " ", count: max(1, 3 - number.count))
            let note = switch picker.targets[index] {
            case .web: ""
            case .library: " · in this library"
            case .shownOnly: " · shown only, never opened"
            }
            let room = max(1, inner - DisplayWidth.of(head) - DisplayWidth.of(note))
            let text = link.text == link.url ? "" : link.text
            var words = String(DisplayWidth.prefix(of: Substring(text), fitting: room).prefix)
            if words.count < text.count {
                words = String(DisplayWidth.prefix(of: Substring(text), fitting: room - 1).prefix) + "…"
            }
            let indent = String(repeating: " ", count: DisplayWidth.of(head))
            var address = Substring(link.url)
            if words.isEmpty {
                // A bare address is its own words: it starts on the first row.
                let first = DisplayWidth.prefix(of: address, fitting: max(1, inner - DisplayWidth.of(head) - DisplayWidth.of(note))).prefix
                rows.append(Row(text: head + first + note, link: index, isFirst: true))
                address = address[first.endIndex...]
            } else {
                rows.append(Row(text: head + words + note, link: index, isFirst: true))
            }
            while !address.isEmpty {
                var piece = DisplayWidth.prefix(of: address, fitting: max(1, inner - indent.count)).prefix
                if piece.isEmpty { piece = address.prefix(1) }
                rows.append(Row(text: indent + piece, link: index, isFirst: false))
                address = address[piece.endIndex...]
            }
        }
        return rows
    }

    /// The box the picker is drawn in on a screen of `size`.
    static func box(size: Size, picker: LinkPicker) -> Rect {
        let widest = picker.links.map { max(DisplayWidth.of($0.text), DisplayWidth.of($0.url)) + 36 }.max() ?? 0
        let width = min(size.width - 2, max(50, widest))
        let rowCount = rows(for: picker, inner: width - 4).count
        let height = min(size.height - 2, rowCount + 2)
        return Rect(x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
    }

    static func draw(into canvas: inout Canvas, size: Size, picker: LinkPicker, theme: Theme, keymap: Keymap) {
        let box = box(size: size, picker: picker)
        guard box.width >= 8 && box.height >= 3 else { return }
        let inner = box.width - 4
        let content = rows(for: picker, inner: inner)
        canvas.fill(box)
        let horizontal = String(repeating: "─", count: max(0, box.width - 2))
        canvas.put("┌" + horizontal + "┐", x: box.x, y: box.y, style: theme.overlayBorder)
        canvas.put(" Links on screen ", x: box.x + 2, y: box.y, style: theme.overlayBorder, limit: box.width - 4)
        for row in 1..<(box.height - 1) {
            canvas.put("│", x: box.x, y: box.y + row, style: theme.overlayBorder)
            canvas.put("│", x: box.x + box.width - 1, y: box.y + row, style: theme.overlayBorder)
        }
        canvas.put("└" + horizontal + "┘", x: box.x, y: box.y + box.height - 1, style: theme.overlayBorder)
        canvas.put(" " + footer(keymap: keymap) + " ", x: box.x + 2, y: box.y + box.height - 1, style: theme.overlayBorder, limit: box.width - 4)
        // The selected link's rows are kept in view; the view starts at
        // the top when they fit there.
        let visible = max(1, box.height - 2)
        let selected = content.indices.filter { content[$0].link == picker.selection }
        var scroll = 0
        if let last = selected.last, last >= visible { scroll = last - visible + 1 }
        if let first = selected.first, first < scroll { scroll = first }
        for (offset, row) in content.dropFirst(scroll).prefix(visible).enumerated() {
            let style = row.link == picker.selection ? theme.overlayKey : theme.overlayText
            canvas.put(row.text, x: box.x + 2, y: box.y + 1 + offset, style: row.isFirst ? style : theme.overlayText, limit: inner)
        }
    }
}
