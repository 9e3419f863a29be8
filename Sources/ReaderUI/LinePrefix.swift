/// What stands before each line of a nested block: a list marker on the
/// first line and its hanging indent after, quote bars, code indent.
struct LinePrefix {
    var first: [StyledRun]
    var rest: [StyledRun]

    static let none = LinePrefix(first: [], rest: [])

    var width: Int { DisplayWidth.of(first.map(\.text).joined()) }

    /// The prefix for the line at `index` (0 is the first line).
    func runs(forLine index: Int) -> [StyledRun] { index == 0 ? first : rest }

    /// This prefix followed by `inner` (nesting: a quote inside a list).
    func then(_ inner: LinePrefix) -> LinePrefix {
        LinePrefix(first: first + inner.first, rest: rest + inner.rest)
    }

    /// After the first line has been used, every line gets the rest prefix.
    var continued: LinePrefix { LinePrefix(first: rest, rest: rest) }
}
