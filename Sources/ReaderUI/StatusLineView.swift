import ArticleKit

/// The bottom line: where you are (article › section, percent) on the left,
/// the keys that matter in the focused pane on the right, or a one-time
/// message in their place.
enum StatusLineView {
    static func draw(into canvas: inout Canvas, rect: Rect, state: AppState, theme: Theme) {
        canvas.fill(rect, style: theme.statusBar)
        if let prompt = state.prompt {
            drawPrompt(prompt, into: &canvas, rect: rect, theme: theme)
            return
        }
        var place = ""
        var percent = ""
        if case .decision(let decision) = state.overlay {
            place = " My decision"
            percent = decision.page.items.isEmpty ? "" : "  item \(decision.list.selection + 1) of \(decision.page.items.count)"
        } else if state.focus == .comparison, let pane = state.comparison {
            let claims = pane.comparison.claims
            if let claim = pane.selectedClaim {
                let topic = pane.comparison.topics.first { $0.topic.id == claim.claim.topicID }?.topic.title ?? claim.claim.topicID
                place = " " + topic + " · " + claim.claim.stance.rawValue
                percent = "  claim \(pane.list.selection + 1) of \(claims.count)"
            } else {
                place = " No claims to compare"
            }
        } else if let reading = state.reading {
            place = " " + reading.article.title
            if let section = reading.currentSection, !(section.level == 1 && section.title == reading.article.title) {
                place += " › " + section.title
            }
            // Of a part, a share would mislead.
            percent = reading.article.isPartial ? "" : "  \(reading.percentRead(rows: state.bodyTextSize.height))%"
            if let search = state.search, let number = search.currentNumber {
                percent += "  match \(number) of \(search.total)"
            }
        }
        let right: String
        let rightStyle: CellStyle
        if let message = state.message {
            right = " " + message + " "
            rightStyle = theme.statusMessage
        } else if let loading = state.libraryLoading {
            right = " Loading the library: \(loading.filesLoaded) of \(loading.fileCount) files… "
            rightStyle = theme.statusMessage
        } else {
            right = state.keymap.hintLine(in: state.keyScope) + " "
            rightStyle = theme.statusBar
        }
        // The place keeps at least half the line (or all it needs, if less);
        // a message, said once, may take three quarters of it (a path the
        // person needs must not be cut).
        var leftNeeds = min(DisplayWidth.of(place) + DisplayWidth.of(percent), state.message == nil ? rect.width / 2 : rect.width / 4)
        if state.message != nil, DisplayWidth.of(right) > rect.width - leftNeeds - 1 { leftNeeds = 0 }
        let fitted = HintTrimmer.fit(right, width: max(0, rect.width - leftNeeds - 1))
        let rightWidth = DisplayWidth.of(fitted)
        let leftWidth = rect.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        let percentWidth = min(DisplayWidth.of(percent), leftWidth)
        let used = canvas.putTruncating(place, x: rect.x, y: rect.y, style: theme.statusBar, limit: leftWidth - percentWidth)
        canvas.put(percent, x: rect.x + used, y: rect.y, style: theme.statusBar, limit: percentWidth)
        canvas.put(fitted, x: rect.x + rect.width - rightWidth, y: rect.y, style: rightStyle)
    }
}

extension StatusLineView {
    /// `Bookmark label: text▏   Enter save · Esc cancel` (or `Enter search`),
    /// the cursor kept in view in a long text.
    static func drawPrompt(_ prompt: Prompt, into canvas: inout Canvas, rect: Rect, theme: Theme) {
        if prompt.purpose.isChoice {
            canvas.fill(rect, style: theme.statusBar)
            canvas.putTruncating(" \(prompt.question) ", x: rect.x, y: rect.y, style: theme.statusBar, limit: rect.width)
            return
        }
        let question = " \(prompt.question): "
        let questionWidth = canvas.put(question, x: rect.x, y: rect.y, style: theme.statusBar, limit: rect.width)
        // The text keeps room to be seen: the editor's key is said only
        // where it leaves twenty columns for it.
        let basic = " Enter \(prompt.confirmation) · Esc cancel "
        let full = " Enter \(prompt.confirmation) · Ctrl-G editor · Esc cancel "
        let help = prompt.purpose.takesLongText && rect.width - questionWidth - DisplayWidth.of(full) > 20 ? full : basic
        let helpWidth = DisplayWidth.of(help)
        let room = max(1, rect.width - questionWidth - helpWidth - 1)
        // The part of the text around the cursor that fits, the cursor
        // drawn as ▏ where the next character goes.
        let split = prompt.text.index(prompt.text.startIndex, offsetBy: min(prompt.cursor, prompt.text.count))
        var before = prompt.text[..<split]
        var after = prompt.text[split...]
        while DisplayWidth.of(before) > room - 1, !before.isEmpty { before = before.dropFirst() }
        while DisplayWidth.of(before) + 1 + DisplayWidth.of(after) > room, !after.isEmpty { after = after.dropLast() }
        canvas.put(before + "▏" + after, x: rect.x + questionWidth, y: rect.y, style: theme.promptText, limit: room)
        if rect.width > questionWidth + helpWidth + 2 {
            canvas.put(help, x: rect.x + rect.width - helpWidth, y: rect.y, style: theme.statusBar)
        }
    }
}

/// Cuts a hint line at a gap between hints (two spaces) so no hint is
/// shown half: at the last gap before which the hints fit. It runs every
/// frame, so it scans bytes rather than splitting the line into strings.
enum HintTrimmer {
    static func fit(_ text: String, width: Int) -> String {
        if DisplayWidth.of(text) <= width { return text }
        var keptEnd = text.startIndex
        var spaceBefore = false
        for index in text.utf8.indices {
            let isSpace = text.utf8[index] == 0x20
            defer { spaceBefore = isSpace && !spaceBefore }
            guard isSpace && spaceBefore else { continue }
            let gap = text.utf8.index(before: index)
            guard DisplayWidth.of(text[..<gap]) <= width else { break }
            keptEnd = gap
        }
        if keptEnd > text.startIndex { return String(text[..<keptEnd]) }
        return String(DisplayWidth.prefix(of: Substring(text), fitting: width).prefix)
    }
}
