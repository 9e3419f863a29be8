import Testing
@testable import ArticleKit

@Suite("Text shown on one line")
struct OneLineTests {
    @Test(arguments: [("plain", "plain"), ("two\nlines", "two lines"), ("é\n日本\n", "é 日本 "), ("\n\n", "  "), ("", "")])
    func lineBreaksBecomeSpaces(text: String, expected: String) {
        #expect(text.oneLine == expected)
    }

    @Test func aSetextHeadingOverTwoLinesIsOneLine() {
        let blocks = MarkdownParser.parse("Two line\nheading\n=======\n\nText.\n")
        guard case .heading(let heading) = blocks.first else {
            Issue.record("no heading: \(blocks)")
            return
        }
        #expect(heading.text == "Two line heading")
        #expect(heading.slug == "two-line-heading")
    }
}
