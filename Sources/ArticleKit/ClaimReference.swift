/// A claim's stable reference, `ARTICLE/TOPIC/xxxxxxxx`: its article, its
/// topic and a hash of its stance and text. Notes and questions point at a
/// claim by it. Editing, adding or removing *other* claims leaves it
/// unchanged (it does not count positions); editing the claim itself
/// changes it, which is how a note learns that its claim has changed.
public enum ClaimReference {
    public static func make(articleID: String, claim: Claim) -> String {
        "\(articleID)/\(claim.topicID)/\(hash(claim.stance.rawValue + "|" + normalized(claim.text)))"
    }

    /// Case and runs of white space do not change the reference. ASCII
    /// text (nearly every claim) is done byte by byte, to the same result
    /// as the general rule; references are kept in people's notes, so the
    /// two must never differ (ClaimReferenceTests compares them).
    static func normalized(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return normalizedByCharacter(text) }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The general rule: lowercased, split at white space, joined by one space.
    static func normalizedByCharacter(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// FNV-1a over the UTF-8 bytes, 32 bits as 8 hex digits: stable across
    /// runs and platforms (unlike `Hasher`).
    static func hash(_ text: String) -> String {
        var value: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 16_777_619
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}

extension ComparedClaim {
    /// The claim's stable reference (`ClaimReference`).
    public var ref: String { ClaimReference.make(articleID: articleID, claim: claim) }
}

extension Article {
    /// Each claim with its stable reference, in the article's order.
    public var claimReferences: [(ref: String, claim: Claim)] {
        claims.map { (ClaimReference.make(articleID: id, claim: $0), $0) }
    }
}
