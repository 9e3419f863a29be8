/// Hard wrapping for code: a line longer than the width continues on the
/// next line at the exact column, spaces kept, no words rearranged.
enum CodeWrapper {
    static func wrap(_ runs: [StyledRun], width: Int) -> (lines: [[StyledRun]], offsets: [Int]) {
        var lines: [[StyledRun]] = []
        var offsets: [Int] = []
        var current: [StyledRun] = []
        var currentWidth = 0
        var consumed = 0
        var lineStart = 0
        for run in runs {
            var rest = Substring(run.text)
            while !rest.isEmpty {
                var (piece, pieceWidth) = DisplayWidth.prefix(of: rest, fitting: width - currentWidth)
                if piece.isEmpty {
                    if currentWidth > 0 {
                        lines.append(current)
                        offsets.append(lineStart)
                        current = []
                        currentWidth = 0
                        lineStart = consumed
                        continue
                    }
                    piece = rest.prefix(1)
                    pieceWidth = DisplayWidth.of(piece)
                }
                current.append(StyledRun(String(piece), run.style))
                currentWidth += pieceWidth
                consumed += piece.count
                rest = rest[piece.endIndex...]
            }
        }
        lines.append(current)
        offsets.append(lineStart)
        return (lines, offsets)
    }
}
