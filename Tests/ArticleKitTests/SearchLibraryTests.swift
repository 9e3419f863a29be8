import Foundation
import Testing
@testable import ArticleKit

@Suite("Search: across the library")
struct SearchLibraryTests {
    static func article(_ id: String, title: String, summary: String? = nil, claims: [Claim] = [], markdown: String) -> Article {
        Article(id: id, title: title, summary: summary, claims: claims, blocks: MarkdownParser.parse(markdown), fileName: "\(id).md")
    }

    static let library = Library(topics: [], articles: [
        article("first", title: "Infusions in practice", summary: "What a ketamine clinic visit is like.",
                claims: [Claim(stance: .risk, topicID: "cost", text: "Ketamine sessions can cost a lot.", sectionSlug: "cost")],
                markdown: """
                # Infusions in practice

                Before any heading: ketamine is given by infusion.

                ## Cost

                A ketamine session is paid for, ketamine being off-label.

                ## Ketamine and sleep

                Some feel drowsy.
                """),
        article("second", title: "Ketamine, weighed", markdown: """
        ## Overview

        Ketamine may act within hours.

        - a list mentioning ketamine
        """),
    ])

    static var bundled: Library {
        get throws {
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Articles")
            return try Library.load(from: folder)
        }
    }

    @Test func titlesThenHeadingsThenClaimsThenSummariesThenBodies() {
        let results = LibrarySearch.search("ketamine", in: Self.library)
        #expect(results.map(\.kind) == [.title, .heading, .claim, .summary, .body, .body, .body, .body, .body])
        #expect(results.map(\.articleID) == ["second", "first", "first", "first", "first", "first", "first", "second", "second"])
        let bodies = results.filter { $0.kind == .body }
        #expect(bodies.map(\.blockIndex) == [1, 3, 3, 1, 2], "library order, then block, then position")
        #expect(bodies[1].matchOffset < bodies[2].matchOffset, "one result per occurrence")
        #expect(results.map(\.kind) == results.map(\.kind).sorted())
    }

    @Test func eachResultSaysWhereItIs() throws {
        let results = LibrarySearch.search("ketamine", in: Self.library)
        let article = Self.library.articles[0]

        let title = results[0]
        #expect(title.blockIndex == 0 && title.sectionSlug == nil && title.matchOffset == 0 && title.matchLength == 8)

        let heading = results[1]
        #expect(heading.sectionTitle == "Ketamine and sleep" && heading.sectionSlug == "ketamine-and-sleep")
        #expect(article.blocks[heading.blockIndex] == .heading(Heading(level: 2, text: "Ketamine and sleep", slug: "ketamine-and-sleep")))

        let claim = results[2]
        #expect(claim.claimIndex == 0 && claim.sectionSlug == "cost")
        #expect(claim.blockIndex == article.section(withSlug: "cost")?.blockIndex)

        let summary = results[3]
        #expect(summary.matchOffset == 7 && summary.blockIndex == 0 && summary.sectionTitle == nil)

        let underTheTitle = results[4]
        #expect(underTheTitle.sectionTitle == "Infusions in practice" && underTheTitle.blockIndex == 1)
        let inCost = results[5]
        #expect(inCost.sectionTitle == "Cost")
        for result in results where result.kind == .body || result.kind == .heading {
            let block = Array(Self.library.article(withID: result.articleID)!.blocks[result.blockIndex].plainText)
            #expect(String(block[result.matchRange]).lowercased() == "ketamine")
        }
    }

    @Test func snippetsMarkTheMatch() {
        for result in LibrarySearch.search("ketamine", in: Self.library) {
            #expect(String(Array(result.snippet)[result.snippetMatch]).lowercased() == "ketamine")
            #expect(!result.snippet.contains("\n"))
        }
    }

    @Test func textBeforeAnyHeadingHasNoSection() {
        let library = Library(topics: [], articles: [Self.article("a", title: "A", markdown: "Dosing first.\n\n## Later\n\nDosing again.")])
        let results = LibrarySearch.search("dosing", in: library)
        #expect(results.map(\.sectionTitle) == [nil, "Later"])
        #expect(results.map(\.blockIndex) == [0, 2])
    }

    @Test func aHeadingRepeatingTheTitleIsOnlyTheTitleResult() {
        let results = LibrarySearch.search("practice", in: Self.library)
        #expect(results.map(\.kind) == [.title])
    }

    @Test func limitKeepsTheBestRanked() {
        let all = LibrarySearch.search("ketamine", in: Self.library)
        let three = LibrarySearch.search("ketamine", in: Self.library, limit: 3)
        #expect(three == Array(all.prefix(3)))
        #expect(LibrarySearch.search("ketamine", in: Self.library, limit: 0).isEmpty)
    }

    @Test func smartCaseAndDiacriticsApplyAcrossTheLibrary() {
        let capital = LibrarySearch.search("Ketamine", in: Self.library)
        #expect(capital.count == 4)
        #expect(capital.allSatisfy { $0.snippet[$0.snippet.index($0.snippet.startIndex, offsetBy: $0.snippetMatch.lowerBound)] == "K" })
        let library = Library(topics: [], articles: [Self.article("a", title: "Café culture", markdown: "A CAFÉ and a cafe.")])
        #expect(LibrarySearch.search("cafe", in: library).map(\.matchOffset) == [0, 2, 13])
        #expect(LibrarySearch.search("CAFE", in: library).map(\.kind) == [.body])
    }

    @Test func anIndexAnswersManyQueriesLikeTheOneOffSearch() {
        let index = LibrarySearchIndex(Self.library)
        for query in ["ketamine", "Ketamine", "hours", "off-label", "within  hours", "nothing here", ""] {
            #expect(index.search(query) == LibrarySearch.search(query, in: Self.library), "\(query)")
        }
    }

    @Test func aLargeLibraryKeepsLibraryOrder() {
        let articles = (0..<600).map { number in
            Self.article(String(format: "a%03d", number), title: "Article \(number)",
                         markdown: "## Part\n\nText \(number) mentions dosing once.\n")
        }
        let results = LibrarySearchIndex(articles: articles).search("dosing", limit: 1_000)
        #expect(results.count == 600)
        #expect(results.map(\.articleID) == articles.map(\.id))
        #expect(results.allSatisfy { $0.sectionTitle == "Part" && $0.blockIndex == 1 })
    }

    @Test func theBundledLibraryFindsTitlesFirst() throws {
        let library = try Self.bundled
        let results = LibrarySearch.search("ketamine", in: library)
        #expect(results.prefix(3).allSatisfy { $0.kind == .title })
        #expect(results.map(\.kind) == results.map(\.kind).sorted())
        let sideEffects = LibrarySearch.search("side effects", in: library)
        #expect(sideEffects.first?.kind == .heading)
        #expect(sideEffects.first?.sectionTitle == "Side effects")
        #expect(sideEffects.contains { $0.kind == .claim } && sideEffects.contains { $0.kind == .body })
    }
}
