/// Makes text from an article file safe to draw on a terminal.
///
/// Every string that comes from a file passes through `clean` once, after
/// Markdown parsing (cmark turns `&#27;` into a real ESC, so cleaning the raw
/// file would not be enough). The policy, decided here and nowhere else:
///
/// - C0 controls (U+0000–U+001F) become their Unicode control pictures
///   (ESC → `␛`), so an escape sequence shows as harmless text such as `␛[31m`;
///   a tab becomes a space (code blocks expand tabs before cleaning).
/// - DEL becomes `␡`; C1 controls (U+0080–U+009F, such as the 8-bit CSI
///   U+009B) become `�`.
/// - Format characters that can reorder or hide text (bidi overrides and
///   isolates, zero-width spaces, BOM, soft hyphen, tags) are dropped;
///   the zero-width joiner is kept, because emoji sequences need it.
/// - Line and paragraph separators (U+2028, U+2029) become spaces.
public enum TextSanitizer {
    /// Returns `text` with every unsafe scalar replaced or removed.
    /// `keepNewlines` leaves `\n` in place (for multi-line fields).
    public static func clean(_ text: String, keepNewlines: Bool = false) -> String {
        if isAlreadyClean(text, keepNewlines: keepNewlines) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch replacement(for: scalar, keepNewlines: keepNewlines) {
            case .keep: scalars.append(scalar)
            case .drop: break
            case .replace(let other): scalars.append(other)
            }
        }
        return String(scalars)
    }

    /// `clean` of the UTF-8 `bytes` (invalid sequences repaired, as
    /// `String(decoding:)` does). Printable ASCII, which needs nothing, is
    /// told from the bytes in place, without scanning the string again:
    /// every string of the metadata cache comes through here.
    static func clean(utf8 bytes: UnsafeRawBufferPointer, keepNewlines: Bool = false) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        for byte in bytes where byte < 0x20 || byte >= 0x7F {
            if byte == 0x0A && keepNewlines { continue }
            return clean(text, keepNewlines: keepNewlines)
        }
        return text
    }

    /// True if `text` contains nothing `clean` would change.
    public static func isAlreadyClean(_ text: String, keepNewlines: Bool = false) -> Bool {
        for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte >= 0xC2 {
            if byte == 0x0A && keepNewlines { continue }
            if byte >= 0xC2 { return asciiFreeScalarsAreClean(text, keepNewlines: keepNewlines) }
            return false
        }
        return true
    }

    private static func asciiFreeScalarsAreClean(_ text: String, keepNewlines: Bool) -> Bool {
        for scalar in text.unicodeScalars {
            if case .keep = replacement(for: scalar, keepNewlines: keepNewlines) { continue }
            return false
        }
        return true
    }

    enum Replacement { case keep, drop, replace(Unicode.Scalar) }

    static func replacement(for scalar: Unicode.Scalar, keepNewlines: Bool) -> Replacement {
        let value = scalar.value
        switch value {
        case 0x0A:
            return keepNewlines ? .keep : .replace(" ")
        case 0x09:
            return .replace(" ")
        case 0x00...0x1F:
            return .replace(Unicode.Scalar(0x2400 + value)!)
        case 0x7F:
            return .replace("\u{2421}")
        case 0x80...0x9F:
            return .replace("\u{FFFD}")
        case 0x2028, 0x2029:
            return .replace(" ")
        case 0x200D:
            return .keep
        default:
            if value < 0xA0 { return .keep }
            return scalar.properties.generalCategory == .format ? .drop : .keep
        }
    }
}
