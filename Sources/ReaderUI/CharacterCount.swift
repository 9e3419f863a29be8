/// How many Characters a text has, as `count` says, without walking
/// graphemes when it is ASCII with no CR (a CR joins the LF after it into
/// one Character): layouts count the characters of every word they place,
/// since reading positions are offsets in Characters.
enum CharacterCount {
    static func of(_ text: some StringProtocol) -> Int {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 || $0 == 0x0D } }
        return ascii == true ? text.utf8.count : text.count
    }
}
