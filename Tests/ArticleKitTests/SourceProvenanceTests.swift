import Foundation
import Testing
@testable import ArticleKit

@Suite("Provenance: the source block's fields and their checks")
struct SourceProvenanceTests {
    static let fullSource = """
      title: "A page"
      site: Example Clinic
      url: https://example.org/page
      published: not given
      page-date: 2024-06-24
      author: not named
      kind: clinic-or-provider
      interest: offers the treatment for a fee
      evidence: mentions-studies-without-citing
      summarised: 2026-12-04
    """

    static func file(source: String) -> String {
        """
        ---
        title: An article
        source:
        \(source)
        claims:
          - stance: benefit
            topic: onset
            text: Works fast.
            section: s
        ---
        # An article

        ## S
        """
    }

    static func load(source: String) throws -> Library {
        try Library.load(from: try Fixture.library(["a.md": file(source: source)]))
    }

    @Test func everyFieldIsReadAsWritten() throws {
        let library = try Self.load(source: Self.fullSource)
        #expect(library.problems.isEmpty)
        let source = try #require(library.articles.first?.source)
        #expect(source == SourceReference(
            title: "A page", site: "Example Clinic", url: "https://example.org/page", published: "not given",
            pageDate: "2024-06-24", author: "not named", kind: .clinicOrProvider, interest: "offers the treatment for a fee",
            evidence: .mentionsStudiesWithoutCiting, summarised: "2026-12-04"))
        #expect(!SourceReference(title: "not given").hasOwnTitle)
        #expect(source.hasOwnTitle)
    }

    /// Each bad value is named with the line it is on (the source block
    /// starts on file line 3; its fields follow from line 4).
    @Test(arguments: [
        ("kind: clinic-or-provider", "kind: clinic", 10, "kind 'clinic' is not one of the known values: did you mean 'clinic-or-provider'?"),
        ("evidence: mentions-studies-without-citing", "evidence: some", 12, "evidence 'some' is not one of the known values"),
        ("published: not given", "published: June 2024", 7, "published 'June 2024' must be a date written YYYY-MM-DD or 'not given'"),
        ("page-date: 2024-06-24", "page-date: 2024-02-30", 8, "page-date '2024-02-30' must be a date written YYYY-MM-DD"),
        ("summarised: 2026-12-04", "summarised: recently", 13, "summarised 'recently' must be a date written YYYY-MM-DD"),
        ("url: https://example.org/page", "url: example.org", 6, "url 'example.org' must start with https:// or http://"),
        ("author: not named", "authr: not named", 9, "unknown field 'authr' in source"),
        ("author: not named", "", 3, "missing 'author' in source (write 'not named' if the page does not show it)"),
        ("site: Example Clinic", "site: \"\"", 3, "missing 'site' in source (write 'not named'"),
        ("interest: offers the treatment for a fee", "", 3, "missing 'interest' in source (write 'none shown'"),
    ])
    func aBadValueIsReportedAtItsLine(good: String, bad: String, line: Int, message: String) throws {
        let library = try Self.load(source: Self.fullSource.replacingOccurrences(of: good, with: bad))
        #expect(library.problems.contains { $0.line == line && $0.message.hasPrefix(message) }, "\(library.problems)")
        #expect(library.articles.count == 1, "the article still opens")
    }

    @Test func aBadValueIsLeftOutNotGuessed() throws {
        let library = try Self.load(source: Self.fullSource.replacingOccurrences(of: "kind: clinic-or-provider", with: "kind: clinik"))
        #expect(library.articles.first?.source?.kind == nil)
    }

    @Test func aLibraryWrittenBeforeTheFieldsStillOpensWithEachGapReported() throws {
        let library = try Self.load(source: "  title: Old\n  publisher: Old Press\n  published: 2024-06-24")
        let article = try #require(library.articles.first)
        #expect(article.source?.site == "Old Press", "publisher is read as the site")
        #expect(article.claims.count == 1)
        let messages = library.problems.map(\.message)
        #expect(messages.contains("'publisher' is now called 'site' in source"))
        for field in ["author", "kind", "interest", "evidence", "summarised"] {
            #expect(messages.contains { $0.hasPrefix("missing '\(field)' in source") }, "\(field)")
        }
        #expect(!messages.contains { $0.hasPrefix("missing 'site'") })
    }

    @Test func pointsAndThePrecautionStanceAreRead() throws {
        let text = Self.file(source: Self.fullSource).replacingOccurrences(of: "    section: s", with: "    section: s\n    point: how-fast\n  - stance: precaution\n    topic: onset\n    text: Needs a ride home.\n    section: s\n  - stance: benefit\n    topic: onset\n    text: Bad point.\n    section: s\n    point: Not A Slug")
        let library = try Library.load(from: try Fixture.library(["a.md": text]))
        let claims = try #require(library.articles.first?.claims)
        #expect(claims.map(\.point) == ["how-fast", nil, nil])
        #expect(claims.map(\.stance) == [.benefit, .precaution, .benefit])
        #expect(library.problems.map(\.message) == ["point 'Not A Slug' may hold only lowercase letters, digits and '-'"])
    }

    @Test(arguments: [("2024-02-29", true), ("2023-02-29", false), ("2024-13-01", false), ("2024-6-24", false), ("24-06-2024", false), ("2000-12-31", true)])
    func isoDates(text: String, valid: Bool) {
        #expect(ISODate.isValid(text) == valid)
    }
}

@Suite("Balance and reading grade: facts with known counts")
struct BalanceAndReadingGradeTests {
    @Test func balanceCountsClaimsAndWordsOnEachSide() {
        let balance = ArticleBalance(claims: [
            Claim(stance: .benefit, topicID: "t", text: "Works within hours.", sectionSlug: "s"),
            Claim(stance: .benefit, topicID: "t", text: "Few side-effects, if any.", sectionSlug: "s"),
            Claim(stance: .risk, topicID: "t", text: "May be habit-forming; it's rare.", sectionSlug: "s"),
            Claim(stance: .precaution, topicID: "t", text: "Needs supervision.", sectionSlug: "s"),
        ])
        #expect(balance.benefits == .init(claims: 2, words: 7))
        #expect(balance.risks == .init(claims: 1, words: 5))
        #expect(balance.precautions == .init(claims: 1, words: 2))
        #expect(balance.description == "benefits: 2 claims, 7 words; risks: 1 claim, 5 words; precautions: 1 claim, 2 words")
        #expect(ArticleBalance(claims: []).description == "no claims")
    }

    @Test func readingGradeFromKnownWordsSentencesAndSyllables() {
        // "The cat sat. The dog ran far away." : 8 words, 2 sentences,
        // syllables 1+1+1 + 1+1+1+1+2 = 9.
        let grade = ReadingGrade.of(text: "The cat sat. The dog ran far away.")
        #expect(grade == ReadingGrade(words: 8, sentences: 2, syllables: 9))
        let expected = 0.39 * 4 + 11.8 * (9.0 / 8.0) - 15.59
        #expect(abs((grade.grade ?? 0) - expected) < 0.0001)
        #expect(grade.description.hasPrefix("grade "))
        #expect(grade.description.hasSuffix(" (Flesch–Kincaid: 8 words, 2 sentences)"))
        #expect(ReadingGrade.of(text: "").grade == nil)
    }

    @Test(arguments: [("cat", 1), ("table", 2), ("make", 1), ("ketamine", 3), ("anaesthetic", 4), ("therapy", 3), ("2024", 1), ("people", 2)])
    func syllables(word: String, count: Int) {
        #expect(ReadingGrade.of(text: word).syllables == count)
    }

    @Test func eachBlockEndsASentenceAndCodeIsNotProse() {
        let blocks = MarkdownParser.parse("# A title\n\nOne two three.\n\n- an item\n- another\n\n```\nlet x = 1.\n```\n")
        let grade = ReadingGrade.of(blocks)
        #expect(grade.words == 8)
        #expect(grade.sentences == 4, "the title, the sentence and each list item")
    }

    @Test func theParserWorksOutTheGradeAndTheCacheKeepsIt() throws {
        let folder = try Fixture.library(["a.md": "---\ntitle: A\n---\n# A\n\nThe cat sat. The dog ran far away.\n"])
        let cache = try Fixture.temporaryFolder().appendingPathComponent("cache")
        var first = try LibraryLoader(folder: folder, cacheFile: cache)
        first.loadAll()
        let expected = ReadingGrade(words: 9, sentences: 3, syllables: 10)
        #expect(first.library.articles.first?.readingGrade == expected)
        let saved = first.saveCache()
        #expect(saved)
        var second = try LibraryLoader(folder: folder, cacheFile: cache)
        second.loadAll()
        #expect(second.cacheHits == 1)
        #expect(second.library.articles.first?.readingGrade == expected, "read back from the metadata cache")
    }
}
