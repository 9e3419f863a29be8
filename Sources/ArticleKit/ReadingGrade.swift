/// How hard an article's text is to read, as the Flesch–Kincaid grade
/// level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
/// Plain-language guidance for health information aims at grade 8 or
/// lower. It is a fact about the text, shown with its inputs, not a
/// verdict; syllables are counted by the usual English vowel-group rule,
/// so the figure is an estimate.
public struct ReadingGrade: Hashable, Sendable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int

    public init(words: Int, sentences: Int, syllables: Int) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
    }

    /// The grade, or nil for a text with no words.
    public var grade: Double? {
        guard words > 0 else { return nil }
        let perSentence = Double(words) / Double(max(1, sentences))
        let perWord = Double(syllables) / Double(words)
        return 0.39 * perSentence + 11.8 * perWord - 15.59
    }

    /// "grade 9.4 (Flesch–Kincaid: 812 words, 41 sentences)".
    public var description: String {
        guard let grade else { return "no text to grade" }
        let rounded = (grade * 10).rounded() / 10
        return "grade \(rounded) (Flesch–Kincaid: \(words) words, \(sentences) sentences)"
    }

    /// The grade of a body: each heading, paragraph, list item, table cell
    /// and code line counts as at least one sentence, since each ends one.
    public static func of(_ blocks: [Block]) -> ReadingGrade {
        var counter = Counter()
        for block in blocks { counter.add(block) }
        return ReadingGrade(words: counter.words, sentences: counter.sentences, syllables: counter.syllables)
    }

    /// The counts of two parts of a text together.
    static func + (lhs: ReadingGrade, rhs: ReadingGrade) -> ReadingGrade {
        ReadingGrade(words: lhs.words + rhs.words, sentences: lhs.sentences + rhs.sentences, syllables: lhs.syllables + rhs.syllables)
    }

    /// The grade of one run of prose.
    public static func of(text: String) -> ReadingGrade {
        var counter = Counter()
        counter.add(text: text)
        return ReadingGrade(words: counter.words, sentences: counter.sentences, syllables: counter.syllables)
    }

    private struct Counter {
        var words = 0
        var sentences = 0
        var syllables = 0

        mutating func add(_ block: Block) {
            switch block {
            case .heading(let heading): add(text: heading.text)
            case .paragraph(let spans): add(text: spans.plainText)
            case .list(let list): for item in list.items { for block in item { add(block) } }
            case .quote(let blocks): for block in blocks { add(block) }
            case .code: break  // code is not prose
            case .table(let table): for row in [table.header] + table.rows { for cell in row { add(text: cell.plainText) } }
            case .thematicBreak: break
            }
        }

        /// Counts words, sentence ends and syllables in one pass over the
        /// scalars; a text with words and no closing mark is one sentence.
        mutating func add(text: String) {
            var word: [Unicode.Scalar] = []
            var sentenceOpen = false
            func endWord() {
                guard !word.isEmpty else { return }
                words += 1
                syllables += Self.syllables(in: word)
                word.removeAll(keepingCapacity: true)
                sentenceOpen = true
            }
            for scalar in text.unicodeScalars {
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                    word.append(scalar)
                } else if !word.isEmpty, scalar == "'" || scalar == "’" {
                    continue
                } else {
                    endWord()
                    if scalar == "." || scalar == "!" || scalar == "?", sentenceOpen {
                        sentences += 1
                        sentenceOpen = false
                    }
                }
            }
            endWord()
            if sentenceOpen { sentences += 1 }
        }

        /// Vowel groups, less a silent final "e", at least one (letters
        /// compared as ASCII; other letters count as consonants).
        static func syllables(in word: [Unicode.Scalar]) -> Int {
            if word.allSatisfy({ ("0"..."9").contains($0) }) { return 1 }
            func lower(_ scalar: Unicode.Scalar) -> UInt32 { (65...90).contains(scalar.value) ? scalar.value | 0x20 : scalar.value }
            func isVowel(_ value: UInt32) -> Bool { [97, 101, 105, 111, 117, 121].contains(value) }
            var count = 0
            var previousVowel = false
            for scalar in word {
                let vowel = isVowel(lower(scalar))
                if vowel && !previousVowel { count += 1 }
                previousVowel = vowel
            }
            let n = word.count
            if n > 2, lower(word[n - 1]) == 101, !isVowel(lower(word[n - 2])), count > 1,
               !(lower(word[n - 2]) == 108 && !isVowel(lower(word[n - 3]))) {
                count -= 1  // a silent final "e", but not "-ble", "-tle"
            }
            return max(1, count)
        }
    }
}
