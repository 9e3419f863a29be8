import Testing
import WeighTestSupport
@testable import ReaderUI

/// ASCII text is escaped byte by byte; this checks it against the rule a
/// Character at a time on random text made of every character that
/// matters to it (markup, list openers, digits, CR LF) and some that do not.
@Suite("Markdown escaping of ASCII agrees with the rule for any text")
struct MarkdownEscapeTests {
    @Test func randomASCIITextEscapesAlike() {
        let pieces = ["-", "+", ".", ")", "1", "42", "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#", "&", " ", "a", "word", "\r\n", "\t"]
        var random = SplitMix64(seed: 0xE5CA)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...9, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(ComparisonMarkdown.escape(text) == ComparisonMarkdown.escapeByCharacter(text), "\(text.debugDescription)")
        }
    }

    @Test func listOpenersAndMarkupAreEscaped() {
        #expect(ComparisonMarkdown.escape("- a|b") == "\\- a\\|b")
        #expect(ComparisonMarkdown.escape("12. x_y") == "12\\. x\\_y")
        #expect(ComparisonMarkdown.escape("a.b") == "a.b", "a full stop opens a list only after leading digits")
        #expect(ComparisonMarkdown.escape("café <b>") == "café \\<b\\>", "any other text takes the rule a Character at a time")
    }
}
