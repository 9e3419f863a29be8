/// What stands before each line of a nested block: a list marker on the
/// first line and its hanging indent after, quote bars, code indent.
struct LinePrefix {
    var first: [StyledRun]
    var rest: [StyledRun]

    static let none = LinePrefix(first: [], rest: [])

    var width: Int { Self.width(of: first) }

    /// Columns `runs` take, run by run as the canvas draws them.
    static func width(of runs: [StyledRun]) -> Int {
        runs.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    /// The prefix for the line at `index` (0 is the first line).
    func runs(forLine index: Int) -> [StyledRun] { index == 0 ? first : rest }

    /// This prefix followed by `inner` (nesting: a quote inside a list).
    func then(_ inner: LinePrefix) -> LinePrefix {
        LinePrefix(first: first + inner.first, rest: rest + inner.rest)
    }

    /// After the first line has been used, every line gets the rest prefix.
    var continued: LinePrefix { LinePrefix(first: rest, rest: rest) }

    /// `runs` cut to at most `columns` columns: the outer levels give way
    /// to a `…`, so the innermost ones (a list's marker) stay in view and
    /// a deeply nested block keeps room for its text.
    static func squeezed(_ runs: [StyledRun], to columns: Int) -> [StyledRun] {
        guard let first = runs.first, width(of: runs) > columns else { return runs }
        var kept: [StyledRun] = []
        var room = max(0, columns - 1)
        for run in runs.reversed() where room > 0 {
            var text = ""
            for character in run.text.reversed() {
                let characterWidth = Glyph(character)?.width ?? 0
                if characterWidth > room { room = 0; break }
                text.insert(character, at: text.startIndex)
                room -= characterWidth
            }
            if !text.isEmpty { kept.insert(StyledRun(text, run.style), at: 0) }
        }
        return [StyledRun("…", first.style)] + kept
    }
}
