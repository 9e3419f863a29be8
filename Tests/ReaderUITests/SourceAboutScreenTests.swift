import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

@Suite("The article opens with what is known of its source")
@MainActor
struct SourceAboutScreenTests {
    static let library = Library(
        topics: [Topic(id: "onset", title: "Onset", question: "How fast?")],
        articles: [
            Article(id: "a", title: "Article A", source: ComparisonLayoutTests.clinic,
                    claims: [Claim(stance: .benefit, topicID: "onset", text: "Works within hours", sectionSlug: "s"),
                             Claim(stance: .precaution, topicID: "onset", text: "Arrange a ride home", sectionSlug: "s")],
                    blocks: MarkdownParser.parse("# Article A\n\n## S\n\nThe body.\n"), fileName: "a.md"),
        ]
    )

    @Test func theSourceBlockSitsUnderTheTitle() throws {
        let screen = play([], library: Self.library, size: Size(width: 120, height: 30), theme: .monochrome).terminal.screen
        let body = screen.map { String($0.drop { $0 != "│" }.dropFirst()) }
        let start = try #require(body.firstIndex { $0.hasPrefix(" Article A") }, "\(screen)")
        try #require(start + 17 <= body.count)
        #expect(Array(body[start..<start + 17]) == [
            " Article A",
            " ═════════",
            "",
            " │ About this source",
            " │ Source: “Source A”",
            " │ Site: not named",
            " │ Author: not named",
            " │ Published: not given",
            " │ Kind: clinic or provider",
            " │ Interest: sells it",
            " │ Evidence: ○ cites no studies",
            " │ Summarised: 2026-12-04, in this library's own words",
            " │ Claims drawn here: benefits: 1 claim, 3 words; precautions: 1 claim, 4 words",
            " │ This reports what its sources say; it is not medical advice. Talk to a",
            " │ qualified healthcare provider.",
            "",
            " S",
        ])
    }

    @Test func aPositionOnTheSourceBlockComesBackToThatLine() {
        let article = Self.library.articles[0]
        var view = ReadingView(articleIndex: 0, article: article, width: 60)
        view.scroll(by: 1, rows: 3)
        #expect(view.line(at: view.top)?.plainText == "═════════", "the title's rule, whose offset no preface line shares")
        var onRule = ReadingView(articleIndex: 0, article: article, width: 60)
        onRule.move(to: view.position, rows: 3)
        #expect(onRule.top == view.top)
        view.scroll(by: 4, rows: 3)
        let saved = view.position
        #expect(saved.blockIndex == 0 && saved.offset > article.title.count, "past the title's text: \(saved)")
        var again = ReadingView(articleIndex: 0, article: article, width: 60)
        again.move(to: saved, rows: 3)
        #expect(again.top == view.top)
        #expect(again.line(at: again.top)?.plainText == view.line(at: view.top)?.plainText)
    }

    /// An article whose text starts with a paragraph: the block goes first,
    /// and a place on it is block 0 at offset 0, which can be stored.
    static let untitled = Library(topics: library.topics, articles: [
        Article(id: "u", title: "U", source: ComparisonLayoutTests.clinic,
                claims: [Claim(stance: .risk, topicID: "onset", text: "Slow for some", sectionSlug: "s")],
                blocks: MarkdownParser.parse("Clinic text about ketamine first.\n\n## S\n\nMore about ketamine.\n"), fileName: "u.md"),
    ])

    @Test func aPlaceOnTheSourceBlockBeforeTheTextIsStorableAndBookmarks() {
        let article = Self.untitled.articles[0]
        var view = ReadingView(articleIndex: 0, article: article, width: 60)
        #expect(view.line(at: view.top)?.plainText == "│ About this source")
        #expect(view.position.offset == 0 && view.position.blockIndex == 0)
        view.scroll(by: 3, rows: 3)
        #expect(view.position.offset >= 0)
        let state = play([.key(.tab), .key(.character("m"))], library: Self.untitled, size: Size(width: 120, height: 30), theme: .monochrome).state
        #expect(state.reading?.article.id == "u")
        #expect(Reader.excerpt(at: view.position, in: article).hasPrefix("Clinic text about ketamine"))
    }

    @Test func searchCountsOnlyTheArticlesOwnTextNotItsSourceBlock() {
        let article = Self.untitled.articles[0]
        let view = ReadingView(articleIndex: 0, article: article, width: 60)
        let search = ArticleSearch(query: "clinic", article: article)
        #expect(search.total == 1, "the source block's 'clinic or provider' is not a match")
        #expect(search.hits(inBlock: 0, of: view).count == 1)
    }

    /// Once the whole body has been read, the block gives its reading grade
    /// beside the plain-language target.
    @Test func theReadingGradeIsInTheBlockOnceKnown() throws {
        var library = Self.library
        library.articles[0].readingGrade = ReadingGrade(words: 100, sentences: 5, syllables: 150)
        let screen = play([], library: library, size: Size(width: 160, height: 30), theme: .monochrome).terminal.screen
        let line = try #require(screen.first { $0.contains("This summary reads at") }, "\(screen)")
        #expect(line.hasSuffix("│ This summary reads at: grade 9.9 (Flesch–Kincaid: 100 words, 5 sentences); plain-language guidance"), "\(line)")
        #expect(screen.contains { $0.hasSuffix("│ │ aims at grade 8 or lower") }, "\(screen)")
    }
}
