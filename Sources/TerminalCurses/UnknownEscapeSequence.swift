/// The rest of an escape sequence ncurses did not recognize, taken one
/// character at a time and dropped: a key the terminal description lacks
/// (`ESC [ 9 9 ~`) or a terminal's report (`ESC ] 11;rgb:… BEL`) must not
/// turn into Esc followed by a handful of commands.
struct UnknownEscapeSequence {
    enum Kind {
        /// `ESC [` parameters, intermediates, one final byte.
        case controlSequence
        /// `ESC O` and one character.
        case singleShift
        /// `ESC ]`, `ESC P`, `ESC _`, `ESC ^`, `ESC X` … up to BEL or `ESC \`.
        case string
    }

    /// A runaway sequence ends here, whatever comes next.
    static let maximumLength = 4096

    let kind: Kind
    private var length = 0
    private var afterEscape = false

    /// Starts at the character after ESC; nil when that introduces no
    /// sequence (a lone Esc, or Alt with a key).
    init?(introducer: UInt32) {
        switch introducer {
        case 0x5B: kind = .controlSequence
        case 0x4F: kind = .singleShift
        case 0x5D, 0x50, 0x5F, 0x5E, 0x58: kind = .string
        default: return nil
        }
    }

    /// Takes the next character; true once the sequence is complete.
    mutating func ends(with character: UInt32) -> Bool {
        length += 1
        if length >= Self.maximumLength { return true }
        switch kind {
        case .controlSequence:
            // Parameters and intermediates (0x20–0x3F) go on; a final byte,
            // or anything that cannot be in a sequence, ends it.
            return !(0x20...0x3F).contains(character)
        case .singleShift:
            return true
        case .string:
            if character == 0x07 || (afterEscape && character == 0x5C) { return true }
            afterEscape = character == 0x1B
            return false
        }
    }
}
