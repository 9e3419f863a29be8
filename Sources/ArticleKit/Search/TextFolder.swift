/// Folds text for search into UTF-8 bytes, one pass over the text's own
/// UTF-8: every scalar through `ScalarFold`, every run of whitespace to a
/// single space, and (when asked) the `Character` offset of every byte
/// written, so a match in the folded bytes maps back to the text.
///
/// ASCII is folded by table, a byte at a time; `Character` boundaries come
/// from `GraphemeBoundary`, and from `String` only where it cannot tell.
struct TextFolder {
    let caseSensitive: Bool
    /// Folds already looked up in this pass (cheaper than the shared table).
    private var known: [UInt32: UInt64] = [:]

    init(caseSensitive: Bool) {
        self.caseSensitive = caseSensitive
    }

    /// Folded bytes, and (when `tracksCharacters`) where each came from.
    struct Output {
        var bytes: [UInt8] = []
        /// `characterOfByte[i]` is the `Character` offset byte `i` came
        /// from; left empty while that is `i` for every byte (`isIdentity`).
        var characterOfByte: [Int32] = []
        /// Tracking needs an empty output; without it, any number of texts
        /// can be appended one after another.
        let tracksCharacters: Bool
        var isIdentity = true

        init(tracksCharacters: Bool) {
            self.tracksCharacters = tracksCharacters
        }
    }

    /// Appends the fold of `text` to `output`; returns the number of
    /// `Character`s in `text`.
    @discardableResult
    mutating func fold(_ text: String, into output: inout Output) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable({ fold(text, utf8: $0, into: &output) }) {
            return count
        }
        var native = text
        native.makeContiguousUTF8()
        return native.utf8.withContiguousStorageIfAvailable { fold(native, utf8: $0, into: &output) } ?? 0
    }

    private mutating func fold(_ text: String, utf8: UnsafeBufferPointer<UInt8>, into output: inout Output) -> Int {
        precondition(!output.tracksCharacters || output.bytes.isEmpty, "a tracked fold starts empty")
        var sink = Sink(capacity: utf8.count + 16, tracksCharacters: output.tracksCharacters)
        let count = utf8.count
        var position = 0
        var character = 0
        var inWhitespace = false
        while position < count {
            // A run of ASCII bytes, each its own `Character` (not CR before
            // LF, nor a byte a following mark would join).
            var end = position
            while end + 1 < count, utf8[end] | utf8[end + 1] < 0x80, utf8[end] != 0x0D { end += 1 }
            if end + 1 == count, utf8[end] < 0x80 { end = count }
            if end > position {
                sink.putASCII(utf8.baseAddress! + position, count: end - position, firstCharacter: character,
                              lowercase: !caseSensitive, inWhitespace: &inWhitespace)
                character += end - position
                position = end
                if position == count { break }
            }
            position = foldCharacter(text, utf8: utf8, at: position, character: character,
                                     inWhitespace: &inWhitespace, into: &sink)
            character += 1
        }
        output.isIdentity = sink.isIdentity
        sink.bytes.drain(into: &output.bytes)
        sink.map.drain(into: &output.characterOfByte)
        return character
    }

    /// Folds the `Character` starting at byte `position` (one that is not
    /// a lone ASCII byte); returns where the next one starts.
    private mutating func foldCharacter(_ text: String, utf8: UnsafeBufferPointer<UInt8>, at position: Int, character: Int,
                                        inWhitespace: inout Bool, into sink: inout Sink) -> Int {
        let end = GraphemeBoundary.end(ofCharacterAt: position, in: text, utf8: utf8)
        var cursor = position
        while cursor < end {
            let (part, partLength) = Self.decode(utf8, at: cursor)
            emit(part, character: character, inWhitespace: &inWhitespace, into: &sink)
            cursor += partLength
        }
        return end
    }

    private mutating func emit(_ scalar: UInt32, character: Int, inWhitespace: inout Bool, into sink: inout Sink) {
        var packed: UInt64
        if scalar < 0x80 {
            if scalar == 0x20 || scalar &- 0x09 < 5 || scalar == 0 {
                packed = ScalarFold.whitespace.packed
            } else {
                packed = UInt64(!caseSensitive && scalar &- 0x41 < 26 ? scalar | 0x20 : scalar)
            }
        } else if ScalarFold.isUnchanged(scalar) {
            packed = ScalarFold.packed(scalar)
        } else if let cached = known[scalar] {
            packed = cached
        } else {
            packed = ScalarFold.lookUp(scalar, caseSensitive: caseSensitive).packed
            known[scalar] = packed
        }
        if packed == ScalarFold.whitespace.packed {
            if !inWhitespace { sink.put(0x20, character) }
            inWhitespace = true
            return
        }
        guard packed != 0 else { return }
        inWhitespace = false
        while packed != 0 {
            sink.put(UInt8(truncatingIfNeeded: packed), character)
            packed >>= 8
        }
    }

    /// Where folded bytes go while one text is folded.
    struct Sink {
        var bytes: GrowingBuffer<UInt8>
        var map: GrowingBuffer<Int32>
        let tracksCharacters: Bool
        private(set) var isIdentity = true

        init(capacity: Int, tracksCharacters: Bool) {
            bytes = GrowingBuffer(capacity: capacity)
            map = GrowingBuffer(capacity: 16)
            self.tracksCharacters = tracksCharacters
        }

        @inline(__always)
        mutating func put(_ byte: UInt8, _ character: Int) {
            if tracksCharacters {
                if isIdentity, bytes.count != character {
                    map.reserve(bytes.count + 1024)
                    map.appendIndices(upTo: bytes.count) { Int32(truncatingIfNeeded: $0) }
                    isIdentity = false
                }
                if !isIdentity { map.append(Int32(truncatingIfNeeded: character)) }
            }
            bytes.append(byte)
        }

        /// Writes a run of lone ASCII characters, the hot loop of folding.
        mutating func putASCII(_ source: UnsafePointer<UInt8>, count: Int, firstCharacter: Int, lowercase: Bool,
                               inWhitespace: inout Bool) {
            bytes.reserve(count)
            let output = bytes.base
            var written = bytes.count
            var spacing = inWhitespace
            var index = 0
            if !tracksCharacters || (isIdentity && written == firstCharacter) {
                // Untracked, or tracked and still the identity: only a
                // collapsed space can end the identity.
                while index < count {
                    guard let byte = TextFolder.foldASCII(source[index], spacing: &spacing, lowercase: lowercase) else {
                        if tracksCharacters { break }
                        index += 1
                        continue
                    }
                    output[written] = byte
                    written += 1
                    index += 1
                }
                bytes.count = written
                inWhitespace = spacing
                if index == count { return }
            }
            if isIdentity {
                map.appendIndices(upTo: written) { Int32(truncatingIfNeeded: $0) }
                isIdentity = false
            }
            map.reserve(count - index)
            let characters = map.base
            var mapped = map.count
            while index < count {
                guard let byte = TextFolder.foldASCII(source[index], spacing: &spacing, lowercase: lowercase) else {
                    index += 1
                    continue
                }
                output[written] = byte
                characters[mapped] = Int32(truncatingIfNeeded: firstCharacter + index)
                written += 1
                mapped += 1
                index += 1
            }
            bytes.count = written
            map.count = mapped
            inWhitespace = spacing
        }
    }

    /// The scalar at `position` of valid UTF-8 and its length in bytes.
    @inline(__always)
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at position: Int) -> (scalar: UInt32, length: Int) {
        let lead = UInt32(utf8[position])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 {
            return ((lead & 0x1F) << 6 | UInt32(utf8[position + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(utf8[position + 1] & 0x3F) << 6 | UInt32(utf8[position + 2] & 0x3F), 3)
        }
        let value = (lead & 0x07) << 18 | UInt32(utf8[position + 1] & 0x3F) << 12
            | UInt32(utf8[position + 2] & 0x3F) << 6 | UInt32(utf8[position + 3] & 0x3F)
        return (value, 4)
    }

    /// Folds one ASCII byte: any whitespace (or NUL) becomes one space — nil
    /// when it continues a run already written — and letters are lowered
    /// when `lowercase`. Shared by the identity and the mapped loops above.
    @inline(__always)
    static func foldASCII(_ byte: UInt8, spacing: inout Bool, lowercase: Bool) -> UInt8? {
        if byte == 0x20 || byte &- 0x09 < 5 || byte == 0 {
            if spacing { return nil }
            spacing = true
            return 0x20
        }
        spacing = false
        return lowercase && byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
}
