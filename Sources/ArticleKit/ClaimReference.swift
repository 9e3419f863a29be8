/// A claim's stable reference, `ARTICLE/TOPIC/xxxxxxxx`: its article, its
/// topic and a hash of its stance and text. Notes and questions point at a
/// claim by it. Editing, adding or removing *other* claims leaves it
/// unchanged (it does not count positions); editing the claim itself
/// changes it, which is how a note learns that its claim has changed.
public enum ClaimReference {
    public static func make(articleID: String, claim: Claim) -> String {
        "\(articleID)/\(claim.topicID)/\(hash(claim.stance.rawValue + "|" + normalized(claim.text)))"
    }

    /// Case and runs of white space do not change the reference.
    static func normalized(_ text: String) -> String {
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
