import Plot

/// Text from a person or an article, made ready for Plot's text nodes.
/// Plot escapes `<` and `>` but passes on what looks like an entity
/// (`&lt;`, `&#60;`), so a note that reads `&lt;b&gt;` would print as `<b>`:
/// every `&` is written `&amp;` first, which Plot then keeps as it is, so
/// the page shows exactly the characters written. Noncharacters (which an
/// HTML parser reports as errors) become U+FFFD. Plot escapes no attribute
/// value, so text of this kind is never put in an attribute.
enum PageText {
    static func prepared(_ text: String) -> String {
        // ASCII without an `&` (nearly all text) has nothing to change.
        let unchanged = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 >= 0x80 || $0 == UInt8(ascii: "&") }
        }
        if unchanged == true { return text }
        return preparedByScalar(text)
    }

    /// `prepared`, a scalar at a time: the rule for any text.
    static func preparedByScalar(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "&" {
                scalars.append(contentsOf: "&amp;".unicodeScalars)
            } else if isNoncharacter(scalar) {
                scalars.append("\u{FFFD}")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }
}

extension Node {
    /// A text node showing `text` as written.
    static func plain(_ text: String) -> Node { .text(PageText.prepared(text)) }
}
