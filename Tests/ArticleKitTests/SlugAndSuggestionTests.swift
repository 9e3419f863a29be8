import Testing
@testable import ArticleKit

@Suite("Slugs and suggestions")
struct SlugAndSuggestionTests {
    @Test(arguments: [
        ("Myth 1: Ketamine is addictive", "myth-1-ketamine-is-addictive"),
        ("Pro: Fast-acting!", "pro-fast-acting"),
        ("  Spaces  ", "--spaces--"),
        ("???", "section"),
        ("Ça va", "ça-va"),
    ])
    func slugFollowsGitHub(heading: String, slug: String) {
        #expect(Slug.make(from: heading) == slug)
    }

    @Test func registryNumbersRepeats() {
        var registry = SlugRegistry()
        #expect(["a", "a", "a-1", "a"].map { registry.unique(for: $0) } == ["a", "a-1", "a-1-1", "a-2"])
    }

    @Test func suggestionsFindTyposAndPrefixes() {
        let ids = ["pros-and-cons", "risks", "safety-myths"]
        #expect(Suggestion.closest(to: "risk", among: ids) == "risks")
        #expect(Suggestion.closest(to: "saftey-myths", among: ids) == "safety-myths")
        #expect(Suggestion.closest(to: "zzzzzz", among: ids) == nil)
    }
}
