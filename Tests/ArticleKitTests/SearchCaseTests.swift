import Testing
@testable import ArticleKit
import WeighTestSupport

/// The index keeps one copy of the library folded case-insensitively; a
/// query with a capital must still find exactly what matching each text
/// with the query's own case finds, in ranking order.
@Suite("Case-sensitive queries over the case-insensitive index")
struct SearchCaseTests {
    static let words = ["Ketamine", "ketamine", "KETAMINE", "Café", "cafe", "CAFÉ", "İstanbul", "istanbul", "Σίσυφος", "σίσυφος",
                        "ǅemal", "Straße", "STRASSE", "relief", "Relief", "ＡＢＣ", "ａｂｃ", "治疗", "don’t", "Don't"]

    static func text(_ generator: inout SplitMix64, words count: Int) -> String {
        (0..<count).map { _ in words[Int.random(in: 0..<words.count, using: &generator)] }.joined(separator: " ")
    }

    static func library(seed: UInt64) -> [Article] {
        var generator = SplitMix64(seed: seed)
        return (0..<12).map { number in
            let markdown = "## \(text(&generator, words: 3))\n\n\(text(&generator, words: 30))\n\n- \(text(&generator, words: 5))\n"
            let claims = (0..<2).map { _ in
                Claim(stance: .benefit, topicID: "t", text: text(&generator, words: 6), sectionSlug: "s")
            }
            return Article(id: "a\(number)", title: text(&generator, words: 4), summary: text(&generator, words: 8), claims: claims,
                           blocks: MarkdownParser.parse(markdown), fileName: "a\(number).md")
        }
    }

    /// Every text of every article, kind by kind in ranking order, matched
    /// on its own: what the index must answer.
    static func everyMatch(of matcher: TextMatcher, in articles: [Article]) -> [String] {
        SearchResult.Kind.allCases.flatMap { kind in
            articles.flatMap { article -> [String] in
                let texts: [String] = switch kind {
                case .title: [article.title]
                case .heading: article.blocks.compactMap { block in
                    if case .heading(let heading) = block, heading.text != article.title { heading.text } else { nil }
                }
                case .claim: article.claims.map(\.text)
                case .summary: [article.summary ?? ""]
                case .body: article.blocks.compactMap { block in
                    if case .heading = block { nil } else { block.plainText }
                }
                }
                return texts.flatMap { text in matcher.matches(in: text).map { "\(article.id) \(kind) \($0.lowerBound)" } }
            }
        }
    }

    @Test(arguments: 1...20 as ClosedRange<UInt64>)
    func aQueryWithACapitalFindsWhatEachTextMatches(seed: UInt64) {
        let articles = Self.library(seed: seed)
        let index = LibrarySearchIndex(articles: articles)
        for word in Self.words + ["Ketamine cafe", "Café ketamine", "STRASSE", "Don't"] {
            let matcher = TextMatcher(query: word)
            let found = index.search(matcher, limit: 10_000).map { "\($0.articleID) \($0.kind) \($0.matchOffset)" }
            #expect(found == Self.everyMatch(of: matcher, in: articles), "\(word), seed \(seed)")
        }
    }
}
