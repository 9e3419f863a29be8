import Testing
@testable import ArticleKit

@Suite("Search: matching rules")
struct SearchMatchingTests {
    /// The `Character` range of `needle`'s first occurrence in `text`, by
    /// Swift's own grapheme breaking: what a match must report.
    static func characters(of needle: String, in text: String) -> Range<Int> {
        let range = text.range(of: needle)!
        return text.distance(from: text.startIndex, to: range.lowerBound)..<text.distance(from: text.startIndex, to: range.upperBound)
    }

    @Test func lowercaseQueryIgnoresCase() {
        let matcher = TextMatcher(query: "ketamine")
        #expect(!matcher.isCaseSensitive)
        #expect(matcher.matches(in: "Ketamine, KETAMINE and ketamine") == [0..<8, 10..<18, 23..<31])
    }

    @Test func uppercaseInQueryMakesItCaseSensitive() {
        let matcher = TextMatcher(query: "Ketamine")
        #expect(matcher.isCaseSensitive)
        #expect(matcher.matches(in: "ketamine, Ketamine, KETAMINE") == [10..<18])
        #expect(TextMatcher(query: "Éa").isCaseSensitive)
        #expect(!TextMatcher(query: "éa 3-4").isCaseSensitive)
        #expect(TextMatcher(query: "ketamine", caseSensitive: true).matches(in: "Ketamine ketamine") == [9..<17])
    }

    @Test func diacriticsInTheTextAreIgnored() {
        let matcher = TextMatcher(query: "cafe")
        #expect(matcher.matches(in: "café") == [0..<4])
        #expect(matcher.matches(in: "cafe\u{301}") == [0..<4], "a combining accent belongs to the fourth Character")
        #expect(matcher.matches(in: "Un CAFÉ noir") == [3..<7])
        #expect(TextMatcher(query: "resume").matches(in: "my résumé.") == [3..<9])
        #expect(TextMatcher(query: "ecole").matches(in: "e\u{301}cole") == [0..<5])
    }

    @Test func diacriticsInTheQueryAreIgnored() {
        #expect(TextMatcher(query: "café").matches(in: "cafe, café, cafe\u{301}") == [0..<4, 6..<10, 12..<16])
        #expect(TextMatcher(query: "naïve").matches(in: "a naive view") == [2..<7])
        let caseSensitive = TextMatcher(query: "CAFÉ")
        #expect(caseSensitive.matches(in: "cafe CAFE") == [5..<9], "case still counts, accents still do not")
    }

    @Test func anyWhitespaceRunMatchesAnyOther() {
        let matcher = TextMatcher(query: "side effects")
        #expect(matcher.matches(in: "side\neffects") == [0..<12])
        #expect(matcher.matches(in: "side \t\n  effects") == [0..<16])
        #expect(matcher.matches(in: "side\r\neffects") == [0..<12], "CR LF is one Character")
        #expect(matcher.matches(in: "side\u{A0}effects") == [0..<12], "no-break space")
        #expect(matcher.matches(in: "sideeffects").isEmpty)
        #expect(TextMatcher(query: "  side \n\t effects  ").matches(in: "few side effects") == [4..<16])
    }

    @Test func offsetsAfterCollapsedWhitespaceAreTheText() {
        #expect(TextMatcher(query: "side").matches(in: "a  b   side effects") == [7..<11])
        #expect(TextMatcher(query: "y").matches(in: "x\r\ny") == [2..<3])
    }

    @Test func wideCharactersAndEmojiCountAsOneCharacterEach() {
        #expect(TextMatcher(query: "治疗").matches(in: "氯胺酮治疗抑郁症") == [3..<5])
        #expect(TextMatcher(query: "ok").matches(in: "a 👍🏽 b 😀 ok") == [8..<10])
        #expect(TextMatcher(query: "x").matches(in: "👨‍👩‍👧 x") == [2..<3])
        #expect(TextMatcher(query: "🇩🇪").matches(in: "🇫🇷🇩🇪") == [1..<2])
        #expect(TextMatcher(query: "検索").matches(in: "全文検索と検索") == [2..<4, 5..<7])
        let scripts = ["한국어 검색 기능", "नमस्ते दुनिया के लोग", "مرحبا بالعالم الآن", "Привет, мир и люди", "Γειά σου Κόσμε τώρα"]
        let queries = ["검색", "दुनिया", "بالعالم", "мир", "σου"]
        for (text, query) in zip(scripts, queries) {
            #expect(TextMatcher(query: query).matches(in: text) == [Self.characters(of: query, in: text)], "\(text)")
        }
    }

    @Test func emptyOrBlankQueryMatchesNothing() {
        for query in ["", " ", "\n\t  ", "\u{301}"] {
            let matcher = TextMatcher(query: query)
            #expect(matcher.isEmpty)
            #expect(matcher.matches(in: "anything at all").isEmpty)
        }
    }

    @Test func matchesDoNotOverlap() {
        #expect(TextMatcher(query: "aa").matches(in: "aaaa") == [0..<2, 2..<4])
        #expect(TextMatcher(query: "aa").matches(in: "aaaaa") == [0..<2, 2..<4])
        #expect(TextMatcher(query: "x").matches(in: "é x é x") == [2..<3, 6..<7])
    }

    @Test func typographicPunctuationReadsAsTyped() {
        #expect(TextMatcher(query: "don't").matches(in: "I don’t know") == [2..<7])
        #expect(TextMatcher(query: "3-4 weeks").matches(in: "in 3–4 weeks") == [3..<12])
        #expect(TextMatcher(query: "cooperate").matches(in: "co\u{AD}operate now") == [0..<10], "soft hyphen is looked through")
    }

    @Test func agreesWithANaiveSearchOnManyTexts() {
        // Texts longer than the 32-byte blocks of the scan, with matches at
        // every position, including the last bytes.
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        let alphabet = Array("abAB")
        for _ in 0..<300 {
            let text = String((0..<(next() % 120)).map { _ in alphabet[next() % alphabet.count] })
            let query = String((0..<(1 + next() % 3)).map { _ in alphabet[next() % 2] })
            let lowered = Array(text.lowercased())
            let needle = Array(query)
            var expected: [Range<Int>] = []
            var start = 0
            while start + needle.count <= lowered.count {
                if Array(lowered[start..<(start + needle.count)]) == needle {
                    expected.append(start..<(start + needle.count))
                    start += needle.count
                } else {
                    start += 1
                }
            }
            #expect(TextMatcher(query: query).matches(in: text) == expected, "\(query) in \(text)")
        }
    }
}
