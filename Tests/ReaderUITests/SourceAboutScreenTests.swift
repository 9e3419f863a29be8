import ArticleKit
import Testing
@testable import ReaderUI

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

    static func screen(_ events: [InputEvent] = [], size: Size) -> [String] {
        let terminal = MemoryTerminal(size: size, events: events)
        var loop = ReaderLoop(state: AppState(library: library, size: size), theme: .monochrome)
        _ = loop.run(on: terminal)
        return terminal.screen
    }

    @Test func theSourceBlockSitsUnderTheTitle() throws {
        let screen = Self.screen(size: Size(width: 120, height: 30))
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
            " │ Balance: benefits: 1 claim, 3 words; precautions: 1 claim, 4 words",
            " │ This reports what its sources say; it is not medical advice. Talk to a",
            " │ qualified healthcare provider.",
            "",
            " S",
        ])
    }

    @Test func aPositionOnTheSourceBlockComesBackToThatLine() {
        let article = Self.library.articles[0]
        var view = ReadingView(articleIndex: 0, article: article, width: 60)
        view.scroll(by: 5, rows: 3)
        let saved = view.position
        #expect(saved.blockIndex == 0 && saved.offset > article.title.count, "past the title's text: \(saved)")
        var again = ReadingView(articleIndex: 0, article: article, width: 60)
        again.move(to: saved, rows: 3)
        #expect(again.top == view.top)
        #expect(again.line(at: again.top)?.plainText == view.line(at: view.top)?.plainText)
    }
}
