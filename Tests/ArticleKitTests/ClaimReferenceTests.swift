import Testing
@testable import ArticleKit

@Suite("A claim's stable reference")
struct ClaimReferenceTests {
    static func claim(_ text: String, stance: Stance = .benefit, topic: String = "onset") -> Claim {
        Claim(stance: stance, topicID: topic, text: text, sectionSlug: "s")
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
