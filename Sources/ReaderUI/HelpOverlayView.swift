/// The `?` screen: every key binding, grouped by where it applies,
/// generated from the keymap so it can never disagree with it.
public enum HelpOverlayView {
    /// The help as lines of (keys, summary); a nil summary is a group title.
    public static func lines(for keymap: Keymap) -> [(keys: String, summary: String?)] {
        var lines: [(String, String?)] = []
        for scope in KeyScope.allCases {
            let bindings = keymap.bindings.filter { $0.scope == scope }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", "")) }
            lines.append((scope.title, nil))
            for binding in bindings {
                lines.append((binding.keys.map(\.label).joined(separator: " "), binding.summary))
            }
        }
        lines.append(("", ""))
        lines.append(("", "weigh shows what its sources say; it is not medical advice."))
        return lines
    }

    /// The box the help is drawn in on a screen of `size`: paging and
    /// drawing both take their sizes from here.
    static func box(size: Size, keymap: Keymap) -> Rect {
        let content = lines(for: keymap)
        let keyWidth = content.filter { $0.summary != nil }.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let summaryWidth = content.map { DisplayWidth.of($0.summary ?? $0.keys) }.max() ?? 0
        let width = min(size.width - 2, keyWidth + summaryWidth + 7)
        let height = min(size.height - 2, content.count + 2)
        return Rect(x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
    }

    /// How many lines of help one page shows (the box less its borders).
    public static func visibleRows(size: Size, keymap: Keymap) -> Int {
        max(1, box(size: size, keymap: keymap).height - 2)
    }

    /// The scroll that shows the last page full.
    public static func lastScroll(size: Size, keymap: Keymap) -> Int {
        max(0, lines(for: keymap).count - visibleRows(size: size, keymap: keymap))
    }

    static func draw(into canvas: inout Canvas, size: Size, scroll: Int, theme: Theme, keymap: Keymap) {
        let content = lines(for: keymap)
        let keyWidth = content.filter { $0.summary != nil }.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let box = box(size: size, keymap: keymap)
        let (width, height) = (box.width, box.height)
        canvas.fill(box)
        let horizontal = String(repeating: "─", count: max(0, width - 2))
        let title = " Keys — \(keymap.spokenKey(for: .closeOverlay, in: .help)) closes "
        canvas.put("┌" + horizontal + "┐", x: box.x, y: box.y, style: theme.overlayBorder)
        canvas.put(title, x: box.x + 2, y: box.y, style: theme.overlayBorder, limit: width - 4)
        for row in 1..<(height - 1) {
            canvas.put("│", x: box.x, y: box.y + row, style: theme.overlayBorder)
            canvas.put("│", x: box.x + width - 1, y: box.y + row, style: theme.overlayBorder)
        }
        canvas.put("└" + horizontal + "┘", x: box.x, y: box.y + height - 1, style: theme.overlayBorder)
        let visible = height - 2
        let inner = width - 4
        for row in 0..<visible {
            let index = scroll + row
            guard content.indices.contains(index) else { break }
            let (keys, summary) = content[index]
            let y = box.y + 1 + row
            if let summary {
                let used = canvas.put(keys, x: box.x + 2, y: y, style: theme.overlayKey, limit: min(keyWidth, inner))
                _ = used
                canvas.put(summary, x: box.x + 2 + keyWidth + 2, y: y, style: theme.overlayText, limit: max(0, inner - keyWidth - 2))
            } else {
                canvas.put(keys, x: box.x + 2, y: y, style: theme.overlayHeading, limit: inner)
            }
        }
        if content.count > visible {
            let more = scroll + visible < content.count ? " \(keymap.spokenKey(for: .lineDown, in: .help))/\(keymap.spokenKey(for: .lineUp, in: .help)) more ↓ " : " ↑ "
            canvas.put(more, x: box.x + width - DisplayWidth.of(more) - 2, y: box.y + height - 1, style: theme.overlayBorder)
        }
    }
}
