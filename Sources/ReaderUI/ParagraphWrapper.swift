import ArticleKit

/// Greedy word wrapping of styled inline text to a width in display
/// columns. Spaces separate words; a word wider than the line is broken
/// between graphemes; `"\n"` spans force a break.
struct ParagraphWrapper {
    let width: Int
    private(set) var lines: [[StyledRun]] = []
    /// Characters of source text before each line starts.
    private(set) var lineOffsets: [Int] = []
    /// Columns each line takes, so a caller laying lines side by side
    /// need not measure them again.
    private(set) var lineWidths: [Int] = []

    private var current: [StyledRun] = []
    private var currentWidth = 0
    private var consumed = 0
    private var currentStart = 0
    /// The word being gathered: slices of the runs' text, not copies; a
    /// slice in the same style as the one before it joins it.
    private var word: [(text: Substring, style: TextStyle)] = []
    private var wordWidth = 0
    private var wordLength = 0
    private var spaceBefore = false
    /// Whether runs take `addByStretches`'s way; off only in tests, which
    /// check the two ways give the same lines.
    var placesWordsByStretches = true

    init(width: Int) {
        self.width = max(1, width)
    }

    /// Wraps `runs` and returns the lines (at least one).
    static func wrap(_ runs: [StyledRun], width: Int) -> (lines: [[StyledRun]], offsets: [Int]) {
        let wrapper = wrapped(runs, width: width)
        return (wrapper.lines, wrapper.lineOffsets)
    }

    /// The finished wrapper for `runs`: its lines, offsets and widths.
    static func wrapped(_ runs: [StyledRun], width: Int) -> ParagraphWrapper {
        var wrapper = ParagraphWrapper(width: width)
        for run in runs { wrapper.add(run) }
        wrapper.finish()
        return wrapper
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
        if placesWordsByStretches, word.isEmpty, addByStretches(run) { return }
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

    /// Places a run with the same decisions as `add`'s word at a time,
    /// but appends each stretch of words that lands on one line with one
    /// `append`: `append` joins text of one style, so the lines come out
    /// the same. A word the line cannot take goes through `endWord`; the
    /// run's last word, which the next run may continue, is left
    /// gathering. False, with nothing done, for text that is not native
    /// UTF-8 or has a space joined to the mark after it (not a break).
    private mutating func addByStretches(_ run: StyledRun) -> Bool {
        let text = run.text
        let style = run.style
        let done = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let utf8 = text.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            var offset = 0
            while offset + 1 < bytes.count {
                if bytes[offset] == 0x20, bytes[offset + 1] >= 0x80, text[index(offset)] != " " { return false }
                offset += 1
            }
            // Bytes of the run waiting to be appended to the current line.
            var stretch: Range<Int>?
            func appendStretch() {
                if let pending = stretch { append(text[index(pending.lowerBound)..<index(pending.upperBound)], style) }
                stretch = nil
            }
            var start = 0
            while start < bytes.count {
                if bytes[start] == 0x20 {
                    spaceBefore = true
                    consumed += 1
                    start += 1
                    continue
                }
                var end = start + 1
                var printableASCII = bytes[start] > 0x20 && bytes[start] < 0x7F
                while end < bytes.count && bytes[end] != 0x20 {
                    printableASCII = printableASCII && bytes[end] > 0x20 && bytes[end] < 0x7F
                    end += 1
                }
                if end == bytes.count {
                    appendStretch()
                    addToWord(text[index(start)...], style)
                    break
                }
                let wordText = text[index(start)..<index(end)]
                var wordWidth = end - start
                var wordLength = wordWidth
                if !printableASCII {
                    wordWidth = DisplayWidth.of(wordText)
                    wordLength = CharacterCount.of(wordText)
                }
                let lineIsEmpty = current.isEmpty && stretch == nil
                let needsSpace = spaceBefore && !lineIsEmpty
                if currentWidth + (needsSpace ? 1 : 0) + wordWidth <= width {
                    if let pending = stretch, needsSpace, pending.upperBound + 1 == start {
                        stretch = pending.lowerBound..<end
                    } else {
                        appendStretch()
                        if needsSpace && start == 0 {  // the space ended the run before
                            append(" ", style)
                            stretch = start..<end
                        } else {
                            stretch = (needsSpace ? start - 1 : start)..<end
                        }
                    }
                    currentWidth += (needsSpace ? 1 : 0) + wordWidth
                    consumed += wordLength
                    spaceBefore = false
                } else {
                    appendStretch()
                    word.append((wordText, style))
                    self.wordWidth = wordWidth
                    self.wordLength = wordLength
                    endWord()
                }
                start = end
            }
            appendStretch()
            return true
        }
        return done ?? false
    }

    mutating func finish() {
        endWord()
        if !current.isEmpty || lines.isEmpty { breakLine() }
    }

    private mutating func addToWord(_ text: Substring, _ style: TextStyle) {
        if let last = word.last, last.style == style {
            word[word.count - 1].text = Substring(String(last.text) + text)
        } else {
            word.append((text, style))
        }
        wordWidth += DisplayWidth.of(text)
        wordLength += CharacterCount.of(text)
    }

    private mutating func endWord() {
        guard !word.isEmpty else { return }
        let needsSpace = spaceBefore && !current.isEmpty
        if currentWidth + (needsSpace ? 1 : 0) + wordWidth <= width {
            if needsSpace {
                append(" ", word[0].style)
                currentWidth += 1
            }
        } else if !current.isEmpty {
            breakLine()
            currentStart = consumed
        }
        if wordWidth <= width - currentWidth {
            for piece in word { append(piece.text, piece.style) }
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
        for piece in word {
            var rest = piece.text
            while !rest.isEmpty {
                var (prefix, prefixWidth) = DisplayWidth.prefix(of: rest, fitting: width - currentWidth)
                if prefix.isEmpty {
                    if current.isEmpty {  // a glyph wider than the whole line
                        prefix = rest.prefix(1)
                        prefixWidth = DisplayWidth.of(prefix)
                    } else {
                        breakLine()
                        currentStart = consumed + offsetInWord
                        continue
                    }
                }
                append(prefix, piece.style)
                currentWidth += prefixWidth
                offsetInWord += prefix.count
                rest = rest[prefix.endIndex...]
            }
        }
    }

    private mutating func append(_ text: Substring, _ style: TextStyle) {
        if let last = current.last, last.style == style {
            current[current.count - 1].text += text
        } else {
            current.append(StyledRun(String(text), style))
        }
    }

    private mutating func breakLine() {
        lines.append(current)
        lineOffsets.append(currentStart)
        lineWidths.append(currentWidth)
        current = []
        currentWidth = 0
    }
}
