/// The one rule for which scalars must never reach a terminal cell, the
/// article model or a command's output, shared by the tests and the
/// fuzzers so they cannot come to disagree: the ones a terminal acts on
/// (C0, ESC among them; DEL; C1) and the invisible ones that reorder or
/// hide text (bidi controls, zero-width spaces). The zero-width joiner
/// stays: emoji sequences need it.
public enum SafeScalars {
    /// Unsafe in a drawn cell: any control, or any format character but
    /// the zero-width joiner.
    public static func isUnsafeOnScreen(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || (scalar.properties.generalCategory == .format && scalar.value != 0x200D)
    }

    /// Unsafe in a model string (title, heading, text, URL, problem…):
    /// controls and the bidi embeddings, overrides, isolates and marks.
    public static func isUnsafeInModel(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return isControl(scalar) || value == 0x061C || value == 0x200E || value == 0x200F
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// C0, DEL or C1.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The first unsafe scalar of `text`, named, or nil.
    public static func firstUnsafeInModel(_ text: String) -> String? {
        text.unicodeScalars.first(where: isUnsafeInModel).map { "U+" + hex($0) }
    }

    /// The scalar's code point in upper-case hex, as `U+` names it.
    public static func hex(_ scalar: Unicode.Scalar) -> String {
        String(scalar.value, radix: 16, uppercase: true)
    }
}
