import ArticleKit

/// Greedy word wrapping of styled inline text to a width in display
/// columns. Spaces separate words; a word wider than the line is broken
/// between graphemes; `"\n"` spans force a break.
struct ParagraphWrapper {
    let width: Int
    private(set) var lines: [[StyledRun]] = []
    /// Characters of source text before each line starts.
    private(set) var lineOffsets: [Int] = []

    private var current: [StyledRun] = []
    private var currentWidth = 0
    private var consumed = 0
    private var currentStart = 0
    private var word: [StyledRun] = []
    private var wordWidth = 0
    private var wordLength = 0
    private var spaceBefore = false

    init(width: Int) {
        self.width = max(1, width)
    }

    /// Wraps `runs` and returns the lines (at least one).
    static func wrap(_ runs: [StyledRun], width: Int) -> (lines: [[StyledRun]], offsets: [Int]) {
        var wrapper = ParagraphWrapper(width: width)
        for run in runs { wrapper.add(run) }
        wrapper.finish()
        return (wrapper.lines, wrapper.lineOffsets)
    }

    mutating func add(_ run: StyledRun) {
        if run.text == "\n" {
            endWord()
            breakLine()
            consumed += 1
            currentStart = consumed
            spaceBefore = false
            return
        }
        // Spaces are found in the UTF-8 bytes (a space byte is always a
        // whole scalar), which is many times faster than walking Characters.
        // A space that combines with the mark after it is one Character and
        // not a word break, as before.
        let text = run.text
        let bytes = text.utf8
        var pieceStart = text.startIndex
        var searchFrom = pieceStart
        while let space = bytes[searchFrom...].firstIndex(of: 0x20) {
            searchFrom = bytes.index(after: space)
            if searchFrom < bytes.endIndex, bytes[searchFrom] >= 0x80, text[space] != " " { continue }
            if pieceStart < space { addToWord(text[pieceStart..<space], run.style) }
            endWord()
            spaceBefore = true
            consumed += 1
            pieceStart = searchFrom
        }
        if pieceStart < text.endIndex { addToWord(text[pieceStart...], run.style) }
    }

    mutating func finish() {
        endWord()
        if !current.isEmpty || lines.isEmpty { breakLine() }
    }

    private mutating func addToWord(_ text: Substring, _ style: TextStyle) {
        if let last = word.last, last.style == style {
            word[word.count - 1].text += text
        } else {
            word.append(StyledRun(String(text), style))
        }
        wordWidth += DisplayWidth.of(text)
        wordLength += text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
    }

    private mutating func endWord() {
        guard !word.isEmpty else { return }
        let needsSpace = spaceBefore && !current.isEmpty
        if currentWidth + (needsSpace ? 1 : 0) + wordWidth <= width {
            if needsSpace {
                append(StyledRun(" ", word[0].style))
                currentWidth += 1
            }
        } else if !current.isEmpty {
            breakLine()
            currentStart = consumed
        }
        if wordWidth <= width - currentWidth {
            for run in word { append(run) }
            currentWidth += wordWidth
        } else {
            placeLongWord()
        }
        consumed += wordLength
        word.removeAll(keepingCapacity: true)
        wordWidth = 0
        wordLength = 0
        spaceBefore = false
    }

    /// Breaks a word wider than the line between graphemes.
    private mutating func placeLongWord() {
        var offsetInWord = 0
        for run in word {
            var rest = Substring(run.text)
            while !rest.isEmpty {
                var (piece, pieceWidth) = DisplayWidth.prefix(of: rest, fitting: width - currentWidth)
                if piece.isEmpty {
                    if current.isEmpty {  // a glyph wider than the whole line
                        piece = rest.prefix(1)
                        pieceWidth = DisplayWidth.of(piece)
                    } else {
                        breakLine()
                        currentStart = consumed + offsetInWord
                        continue
                    }
                }
                append(StyledRun(String(piece), run.style))
                currentWidth += pieceWidth
                offsetInWord += piece.count
                rest = rest[piece.endIndex...]
            }
        }
    }

    private mutating func append(_ run: StyledRun) {
        if let last = current.last, last.style == run.style {
            current[current.count - 1].text += run.text
        } else {
            current.append(run)
        }
    }

    private mutating func breakLine() {
        lines.append(current)
        lineOffsets.append(currentStart)
        current = []
        currentWidth = 0
    }
}
