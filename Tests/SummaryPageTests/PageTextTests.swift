import Testing
@testable import SummaryPage

/// Plain ASCII text is passed on as it is; this checks that shortcut
/// against the rule a scalar at a time on every string of up to four
/// characters from those that matter to it and some that do not.
@Suite("Page text: the ASCII shortcut agrees with the rule for any text")
struct PageTextTests {
    @Test func everyShortStringIsPreparedAlike() {
        let noncharacters = [0xFDD0, 0xFFFE, 0x1FFFF].map { String(Unicode.Scalar($0)!) }
        let alphabet = ["a", "&", "<", ";", "#", "1", "é"] + noncharacters
        var strings = [""]
        for _ in 0..<4 { strings = strings.flatMap { prefix in alphabet.map { prefix + $0 } } + [""] }
        for text in Set(strings) {
            #expect(PageText.prepared(text) == PageText.preparedByScalar(text), "\(text.debugDescription)")
        }
        #expect(PageText.prepared("a&lt;b") == "a&amp;lt;b")
        #expect(PageText.prepared("plain text") == "plain text")
    }
}
