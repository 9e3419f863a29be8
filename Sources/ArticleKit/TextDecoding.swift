import Foundation

/// Turns a file's bytes into text for parsing: refuses binary data, decodes
/// invalid UTF-8 with replacement characters (and says where), drops a byte
/// order mark and normalizes CRLF and CR line endings to LF.
enum TextDecoding {
    enum Outcome {
        case text(String, invalidUTF8Line: Int?)
        case binary
    }

    static func decode(_ bytes: [UInt8]) -> Outcome {
        if bytes.withUnsafeBufferPointer({ contains(0, in: $0) }) { return .binary }
        var text: String
        var invalidLine: Int?
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            invalidLine = firstInvalidLine(bytes)
            text = String(decoding: bytes, as: UTF8.self)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.withUTF8({ contains(UInt8(ascii: "\r"), in: $0) }) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .text(text, invalidUTF8Line: invalidLine)
    }

    /// Whether `byte` occurs in `bytes`: `memchr`, so a 32 MB file is
    /// scanned in milliseconds even in a debug build.
    private static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// The 1-based line of the first byte that is not valid UTF-8.
    static func firstInvalidLine(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }
}
