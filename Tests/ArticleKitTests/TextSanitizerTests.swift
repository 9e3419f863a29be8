import Testing
@testable import ArticleKit
import WeighTestSupport

@Suite("Sanitizing text for the terminal")
struct TextSanitizerTests {
    @Test func cleaningUTF8BytesEqualsCleaningTheirDecodedText() {
        let samples: [[UInt8]] = [
            Array("plain printable text".utf8), Array("tab\there".utf8), Array("line\nbreak".utf8), [0x1B, 0x5B, 0x33, 0x31, 0x6D],
            [0x61, 0x7F], [0xC2, 0x9B, 0x32, 0x4A], Array("bidi \u{202E}reversed".utf8), Array("café 治疗".utf8),
            [0x61, 0xFF, 0x62], [0xC0, 0x80], [0xED, 0xA0, 0x80], [],
        ]
        for bytes in samples {
            for keepNewlines in [false, true] {
                let cleaned = bytes.withUnsafeBytes { TextSanitizer.clean(utf8: $0, keepNewlines: keepNewlines) }
                #expect(cleaned == TextSanitizer.clean(String(decoding: bytes, as: UTF8.self), keepNewlines: keepNewlines), "\(bytes)")
            }
        }
    }

    /// True if any scalar could act on a terminal.
    private func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: SafeScalars.isControl)
    }

    @Test(arguments: [
        "\u{1B}[2J\u{1B}[H",                       // CSI clear + home
        "\u{1B}]0;pwned\u{07}",                    // OSC title
        "\u{1B}]52;c;aGk=\u{1B}\\",                // OSC 52 clipboard
        "\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\",  // OSC 8 hyperlink
        "\u{1B}]8;;\u{1B}\\0m\u{1B}[>0q",         // CVE-2022-46663
        "\u{1B}P+q544e\u{1B}\\",                   // DCS
        "\u{9B}31m \u{9D}0;t\u{9C}",               // 8-bit CSI, OSC, ST
        "a\u{7F}b\u{00}c\u{08}d\rX",               // DEL, NUL, BS, CR
    ])
    func noControlSurvives(_ hostile: String) {
        let clean = TextSanitizer.clean(hostile)
        #expect(!hasControl(clean))
        #expect(!clean.isEmpty, "replaced by something visible, not silently removed")
    }

    @Test func escapeBecomesAVisiblePicture() {
        #expect(TextSanitizer.clean("\u{1B}[31mred") == "␛[31mred")
        #expect(TextSanitizer.clean("a\u{7F}") == "a␡")
        #expect(TextSanitizer.clean("\u{9B}") == "\u{FFFD}")
        #expect(TextSanitizer.clean("tab\there") == "tab here")
    }

    @Test func newlinesAreKeptOnlyWhenAsked() {
        #expect(TextSanitizer.clean("a\nb") == "a b")
        #expect(TextSanitizer.clean("a\nb", keepNewlines: true) == "a\nb")
    }

    @Test func bidiAndZeroWidthAreDroppedButEmojiJoinersStay() {
        #expect(TextSanitizer.clean("a\u{202E}b\u{2066}c\u{2069}\u{200B}d\u{FEFF}") == "abcd")
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(TextSanitizer.clean(family) == family)
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "Ketamine — 氯胺酮 — café — e\u{301}"
        #expect(TextSanitizer.clean(text) == text)
        #expect(TextSanitizer.isAlreadyClean(text))
    }
}
