import Testing
import WeighTestSupport
@testable import ArticleKit

@Suite("A claim's stable reference")
struct ClaimReferenceTests {
    static func claim(_ text: String, stance: Stance = .benefit, topic: String = "onset") -> Claim {
        Claim(stance: stance, topicID: topic, text: text, sectionSlug: "s")
    }

    /// References live in people's notes: the byte-by-byte rule for ASCII
    /// must give exactly what the general rule gives.
    @Test(arguments: 0..<300)
    func asciiTextNormalizesAsTheGeneralRuleDoes(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let pieces = ["Works", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "HOURS", "a", "Z", "0", "@[`{", "\u{7F}", "\u{0}", ".", "-"]
        let text = (0..<Int.random(in: 0...16, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        #expect(ClaimReference.normalized(text) == ClaimReference.normalizedByCharacter(text), "\(text.debugDescription)")
    }

    @Test func textBeyondASCIIFollowsTheGeneralRule() {
        for text in ["Ça  MARCHE\u{2003}vite", "ÉTÉ\u{00A0}x", " İstanbul\u{3000}", "e\u{301}  E\u{301}"] {
            #expect(ClaimReference.normalized(text) == ClaimReference.normalizedByCharacter(text))
        }
        #expect(ClaimReference.normalized("  Works\t within\r\nHOURS. ") == "works within hours.")
    }

    @Test func editingOtherClaimsLeavesItAlone() {
        let kept = Self.claim("Works within hours.")
        let before = Article(id: "a", title: "A", claims: [Self.claim("Other"), kept], blocks: [], fileName: "a.md")
        let after = Article(id: "a", title: "A", claims: [kept, Self.claim("Other, edited"), Self.claim("New")], blocks: [], fileName: "a.md")
        let ref = before.claimReferences[1].ref
        #expect(after.claimReferences[0].ref == ref)
        #expect(ref == "a/onset/" + ClaimReference.hash("benefit|works within hours."))
    }

    @Test func editingTheClaimChangesIt() {
        let ref = ClaimReference.make(articleID: "a", claim: Self.claim("Works within hours."))
        #expect(ClaimReference.make(articleID: "a", claim: Self.claim("Works within days.")) != ref)
        #expect(ClaimReference.make(articleID: "a", claim: Self.claim("Works within hours.", stance: .risk)) != ref)
        #expect(ClaimReference.make(articleID: "b", claim: Self.claim("Works within hours.")) != ref)
        #expect(ClaimReference.make(articleID: "a", claim: Self.claim("works   within HOURS.")) == ref, "case and spacing do not count")
    }

    @Test func theHashIsFNV1a() {
        #expect(ClaimReference.hash("") == "811c9dc5")
        #expect(ClaimReference.hash("a") == "e40c292c")
    }
}
