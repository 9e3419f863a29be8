extension String {
    /// The text with each line break (`\n`) turned into a space: a heading
    /// or a claim shown on one line. Done on the UTF-8 bytes, without
    /// Foundation, which costs a reader's start-up more than the work.
    var oneLine: String {
        guard utf8.contains(UInt8(ascii: "\n")) else { return self }
        return String(decoding: utf8.map { $0 == UInt8(ascii: "\n") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }
}
