import Testing
@testable import ArticleKit

@Suite("Search: a text folded once, searched again")
struct SearchFoldedTextTests {
    let text = "Ketamine may help. Some café owners say ketamine\nhelps; others doubt KETAMINE helps at all."

    @Test func oneFoldServesManyQueries() {
        let folded = FoldedText(text, caseSensitive: false)
        #expect(folded.characterCount == text.count)
        for query in ["ketamine", "helps", "cafe owners", "doubt ketamine", "zebra"] {
            let matcher = TextMatcher(query: query)
            #expect(matcher.matches(in: folded) == matcher.matches(in: text), "\(query)")
        }
        #expect(TextMatcher(query: "ketamine").matches(in: folded).count == 3)
    }

    @Test func aTextFoldedTheOtherWayIsStillSearchedRight() {
        let insensitive = FoldedText(text, caseSensitive: false)
        let matcher = TextMatcher(query: "KETAMINE")
        #expect(matcher.isCaseSensitive)
        #expect(matcher.matches(in: insensitive) == [Self.offset(of: "KETAMINE", in: text)])
        #expect(matcher.fold(text).isCaseSensitive)
    }

    @Test func nextAndPreviousMatchFromAPosition() {
        let folded = FoldedText("ab ab ab", caseSensitive: false)
        let matcher = TextMatcher(query: "ab")
        #expect(matcher.firstMatch(in: folded, atOrAfter: 0) == 0..<2)
        #expect(matcher.firstMatch(in: folded, atOrAfter: 1) == 3..<5)
        #expect(matcher.firstMatch(in: folded, atOrAfter: 7) == nil, "past the last match: the caller wraps")
        #expect(matcher.lastMatch(in: folded, before: 8) == 6..<8)
        #expect(matcher.lastMatch(in: folded, before: 6) == 3..<5)
        #expect(matcher.lastMatch(in: folded, before: 0) == nil)
    }

    @Test func positionsAreCharactersWhereFoldingChangedLengths() {
        let text = "é  é\n\nÉ x"
        let folded = FoldedText(text, caseSensitive: false)
        let matcher = TextMatcher(query: "e")
        #expect(matcher.matches(in: folded) == [0..<1, 3..<4, 6..<7])
        #expect(matcher.firstMatch(in: folded, atOrAfter: 1) == 3..<4)
        #expect(matcher.firstMatch(in: folded, atOrAfter: 5) == 6..<7)
        #expect(matcher.lastMatch(in: folded, before: 6) == 3..<4)
    }

    @Test func findsTheNextMatchFarAway() {
        let filler = String(repeating: "lorem ipsum dolor sit amet ", count: 4_000)
        let text = "needle " + filler + "needle " + filler + "end"
        let folded = FoldedText(text, caseSensitive: false)
        let matcher = TextMatcher(query: "needle")
        let second = 7 + filler.count
        #expect(matcher.firstMatch(in: folded, atOrAfter: 1) == second..<(second + 6))
        #expect(matcher.lastMatch(in: folded, before: folded.characterCount) == second..<(second + 6))
        #expect(matcher.lastMatch(in: folded, before: second) == 0..<6)
        #expect(matcher.matches(in: folded, limit: 1) == [0..<6])
    }

    @Test func countsCharactersAsSwiftDoes() {
        let samples = [
            "plain ASCII text", "line\r\nbreak\r\n", "e\u{301}e\u{302}\u{323} combining", "👨‍👩‍👧‍👦 family, 👍🏽 thumbs",
            "🇫🇷🇩🇪🇮🇹 flags", "\u{1100}\u{1161}\u{11A8} jamo, 한국어", "नमस्ते क्षत्रिय", "\u{0600}1 prepend",
            "a\u{200D}b zero-width joiner", "❤️ and ❤︎", "x\u{FE0F}y", "ก่อน Thai", "漢字かなカナ", "\u{1F3FB} lone modifier",
            "tab\there", "",
        ]
        for sample in samples {
            #expect(FoldedText(sample, caseSensitive: false).characterCount == sample.count, "\(sample)")
            let last = Array(sample).last.map(String.init) ?? ""
            if let range = TextMatcher(query: last).matches(in: sample).last, !last.trimmingCharacters(in: .whitespaces).isEmpty {
                #expect(range.upperBound == sample.count, "\(sample): the last Character maps to the end")
            }
        }
    }

    static func offset(of needle: String, in text: String) -> Range<Int> {
        SearchMatchingTests.characters(of: needle, in: text)
    }
}
