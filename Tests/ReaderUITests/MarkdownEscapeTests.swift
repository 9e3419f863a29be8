import Testing
import WeighTestSupport
@testable import ReaderUI

/// Most text is escaped byte by byte; this checks it against the rule a
/// Character at a time on random text made of every character that
/// matters to it (markup, list openers, digits, CR LF), some that do not,
/// and characters that join their neighbours or equal an ASCII one.
@Suite("Markdown escaping byte by byte agrees with the rule for any text")
struct MarkdownEscapeTests {
    @Test func randomASCIITextEscapesAlike() {
        let pieces = ["-", "+", ".", ")", "1", "42", "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#", "&", " ", "a", "word", "\r\n", "\t"]
        var random = SplitMix64(seed: 0xE5CA)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...9, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(ComparisonMarkdown.escape(text) == ComparisonMarkdown.escapeByCharacter(text), "\(text.debugDescription)")
        }
    }

    @Test func randomTextWithAccentsDashesAndMarksEscapesAlike() {
        let pieces = ["-", "+", ".", ")", "1", "7", "|", "*", "`", "<", "#", "&", " ", "a", "\r\n", "\n",
                      "é", "ß", "ʼ", "\u{A0}", "\u{AD}", "½", "’", "“", "—", "…", "•", "‰", "‾",
                      "\u{301}", "\u{200D}", "\u{FE0F}", "\u{1FEF}", "\u{37E}", "\u{85}", "\u{2028}", "\u{600}",
                      "€", "😀", "中", "\u{1F1E9}\u{1F1EA}"]
        var random = SplitMix64(seed: 0xACCE)
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(ComparisonMarkdown.escape(text) == ComparisonMarkdown.escapeByCharacter(text), "\(text.debugDescription)")
        }
    }

    @Test func listOpenersAndMarkupAreEscaped() {
        #expect(ComparisonMarkdown.escape("- a|b") == "\\- a\\|b")
        #expect(ComparisonMarkdown.escape("12. x_y") == "12\\. x\\_y")
        #expect(ComparisonMarkdown.escape("a.b") == "a.b", "a full stop opens a list only after leading digits")
        #expect(ComparisonMarkdown.escape("café <b> – 1½") == "café \\<b\\> – 1½")
        #expect(ComparisonMarkdown.escape("\u{1FEF}1.") == "\\\u{1FEF}1.", "U+1FEF is canonically a backtick")
        #expect(ComparisonMarkdown.escape("*\u{301}") == "*\u{301}", "a star with a mark on it is not a star")
    }
}
