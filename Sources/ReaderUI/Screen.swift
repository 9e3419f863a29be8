/// Draws the whole screen for a state: the `View` of Bubble Tea. A pure
/// function from state to canvas.
public enum Screen {
    public static func render(_ state: AppState, theme: Theme = .colored) -> Canvas {
        render(state, theme: theme, reusing: nil).canvas
    }

    /// The screen for `state`, copying from `previous` the panes whose
    /// inputs have not changed since it was drawn (the same canvas as
    /// drawing it whole, in less time: a loop passes each frame to the next).
    public static func render(_ state: AppState, theme: Theme = .colored, reusing previous: Frame?) -> Frame {
        var canvas = Canvas(size: state.size)
        let layout = state.layout
        if layout.isTooSmall {
            TooSmallView.draw(into: &canvas, size: state.size, theme: theme, keymap: state.keymap)
            return Frame(canvas: canvas, contents: nil)
        }
        TitleBarView.draw(into: &canvas, rect: layout.title, state: state, theme: theme)
        var drawnContents: Frame.Pane?
        if let contents = layout.contents {
            let inputs = TableOfContentsView.Inputs(state: state, rect: contents, theme: theme)
            if let previous = previous?.contents, previous.inputs == inputs {
                canvas.put(previous.cells, in: contents)
                drawnContents = previous
            } else {
                TableOfContentsView.draw(into: &canvas, inputs)
                drawnContents = Frame.Pane(inputs: inputs, cells: canvas.cells(in: contents))
            }
        }
        if let dividerX = layout.dividerX {
            for row in layout.title.y + 1..<layout.status.y {
                canvas.put("│", x: dividerX, y: row, style: theme.divider)
            }
        }
        if let body = layout.body {
            BodyView.draw(into: &canvas, rect: body, state: state, theme: theme)
        }
        if let results = layout.results {
            ResultsView.draw(into: &canvas, rect: results, state: state, theme: theme)
        }
        if let bookmarks = layout.bookmarks {
            BookmarksView.draw(into: &canvas, rect: bookmarks, state: state, theme: theme)
        }
        if let comparison = layout.comparison {
            ComparisonView.draw(into: &canvas, rect: comparison, state: state, theme: theme)
        }
        StatusLineView.draw(into: &canvas, rect: layout.status, state: state, theme: theme)
        if case .decision(let pane) = state.overlay {
            DecisionOverlayView.draw(into: &canvas, state: state, pane: pane, theme: theme)
        }
        if case .links(let picker) = state.overlay {
            LinkPickerView.draw(into: &canvas, size: state.size, picker: picker, theme: theme, keymap: state.keymap)
        }
        if case .help(let scroll) = state.overlay {
            HelpOverlayView.draw(into: &canvas, size: state.size, scroll: scroll, theme: theme, keymap: state.keymap)
        }
        return Frame(canvas: canvas, contents: drawnContents)
    }

    /// A drawn screen and its contents pane as drawn (before anything was
    /// drawn over it) with what it was drawn from, for the next frame to
    /// reuse.
    public struct Frame: Sendable {
        public let canvas: Canvas
        let contents: Pane?

        /// A pane's cells and the inputs they were drawn from.
        struct Pane: Sendable {
            let inputs: TableOfContentsView.Inputs
            let cells: [Canvas.Cell]
        }
    }
}

/// The message shown instead of the reader when the terminal is smaller
/// than `ScreenLayout.minimumSize`; it goes away when the window grows.
enum TooSmallView {
    static func draw(into canvas: inout Canvas, size: Size, theme: Theme, keymap: Keymap) {
        let need = ScreenLayout.minimumSize
        let lines = [
            "terminal too small",
            "(need \(need.width)×\(need.height), have \(size.width)×\(size.height))",
            "enlarge it, or press \(keymap.spokenKey(for: .quit, in: .everywhere, or: "Ctrl-C"))",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let width = DisplayWidth.of(line)
            canvas.put(line, x: max(0, (size.width - width) / 2), y: top + index, style: index == 0 ? theme.warning : .plain)
        }
    }
}

/// The top line: the program, the open article, and where help is.
enum TitleBarView {
    static func draw(into canvas: inout Canvas, rect: Rect, state: AppState, theme: Theme) {
        canvas.fill(rect, style: theme.titleBar)
        let right = " ? help "
        let title = state.reading.map { " weigh — \($0.article.title)" } ?? " weigh"
        let rightWidth = DisplayWidth.of(right)
        canvas.putTruncating(title, x: rect.x, y: rect.y, style: theme.titleBar, limit: max(0, rect.width - rightWidth - 1))
        canvas.put(right, x: rect.x + rect.width - rightWidth, y: rect.y, style: theme.titleBar)
    }
}
