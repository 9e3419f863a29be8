import ArticleKit
import DecisionKit
import Foundation
import ReaderUI
import Testing
@testable import SummaryPage

@Suite("The decision summary as one HTML page")
struct SummaryHTMLTests {
    static let topics = [Topic(id: "onset", title: "Onset", question: "How soon?"),
                         Topic(id: "addiction", title: "Addiction", question: "Habit?"),
                         Topic(id: "cost", title: "Cost", question: "What does it cost?")]
    static let clinic = SourceReference(title: "Clinic page", site: "not named", published: "not given", author: "not named",
                                        kind: .clinicOrProvider, interest: "sells it", evidence: SourceEvidence.none, summarised: "2026-12-04")
    static let study = SourceReference(title: "A study", site: "A Journal", published: "2023-01-02", author: "A. Author",
                                       kind: .study, interest: "none shown", evidence: .citesStudies, summarised: "2026-12-04")
    static let fast = Claim(stance: .benefit, topicID: "onset", text: "Works within hours.", sectionSlug: "s", point: "speed")
    static let slow = Claim(stance: .risk, topicID: "onset", text: "Takes weeks for some.", sectionSlug: "s", point: "speed")
    static let habit = Claim(stance: .risk, topicID: "addiction", text: "May be habit-forming.", sectionSlug: "s")
    static let dear = Claim(stance: .risk, topicID: "cost", text: "Can be expensive.", sectionSlug: "s")
    static let library = Library(topics: topics, articles: [
        Article(id: "a", title: "Article A", source: clinic, claims: [fast, habit, dear], blocks: [], fileName: "a.md"),
        Article(id: "b", title: "Article B", source: study, claims: [slow], blocks: [], fileName: "b.md"),
    ])

    static func day(_ number: Double) -> Date { Date(timeIntervalSince1970: number * 86_400) }

    static func snapshot(_ claim: Claim, article: String = "a") -> ClaimSnapshot {
        ClaimSnapshot(ref: ClaimReference.make(articleID: article, claim: claim), text: claim.text, stance: claim.stance.rawValue,
                      topicID: claim.topicID, articleID: article, articleTitle: "Article A")
    }

    static func note(_ id: Int64, _ target: NoteTarget, _ text: String) -> PersonalNote {
        PersonalNote(id: id, target: target, text: text, createdAt: day(Double(id)), updatedAt: day(Double(id)))
    }

    /// Every kind of record: two ratings, a note on a claim that has since
    /// changed, notes on a topic and a bookmark, two questions (one about a
    /// claim), two stances and a bookmark.
    static var fullRecords: DecisionRecords {
        var gone = habit
        gone.text = "Was said to be habit-forming."
        return DecisionRecords(
            importance: ["addiction": .most, "onset": .some],
            notes: [note(1, .claim(snapshot(gone)), "Ask about this"), note(2, .topic(id: "onset"), "How soon for me?"),
                    note(3, .bookmark(id: 7), "Read again")],
            questions: [ClinicianQuestion(id: 1, text: "What are my options?", position: 0, createdAt: day(1)),
                        ClinicianQuestion(id: 2, text: "Is it habit-forming for me?", position: 1, claim: snapshot(habit), createdAt: day(2))],
            stances: [StanceEntry(id: 1, leaning: .undecided, sure: SureAnswers(letters: "NNYN"), recordedAt: day(20_000)),
                      StanceEntry(id: 2, leaning: .unsure, sure: SureAnswers(letters: "NYYN"), recordedAt: day(20_001))])
    }

    static let bookmark = BookmarkExcerpt(id: 7, articleID: "a", sectionTitle: "Costs", label: "prices", excerpt: "Sessions are priced per visit.",
                                          createdAt: day(3))

    static func page(_ records: DecisionRecords, bookmarks: [BookmarkExcerpt] = [bookmark], ratedOnly: Bool = false) throws -> ParsedPage {
        var summary = DecisionSummary.build(records: records, library: library, bookmarks: bookmarks)
        if ratedOnly { summary = summary.ratedOnly }
        let html = SummaryHTML.render(summary, date: "2026-12-04")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        return try ParsedPage(html)
    }

    func section(_ page: ParsedPage, _ part: DecisionWording.Part) throws -> ParsedPage.Element {
        try #require(page.body.all("section").first { $0.attributes["id"] == part.slug }, "no section \(part.slug)")
    }

    @Test func theHeadDeclaresUTF8AndAPolicyThatForbidsScriptsAndLoadsNothing() throws {
        let page = try Self.page(Self.fullRecords)
        #expect(page.html.attributes["lang"] == "en")
        #expect(page.head.elements.first?.name == "meta" && page.head.elements.first?.attributes["charset"]?.lowercased() == "utf-8",
                "the charset comes first")
        let policy = try #require(page.head.all("meta").first { $0.attributes["http-equiv"] == "Content-Security-Policy" }?.attributes["content"])
        for directive in ["default-src 'none'", "script-src 'none'", "img-src 'none'", "connect-src 'none'", "style-src 'unsafe-inline'"] {
            #expect(policy.contains(directive), "\(directive)")
        }
        #expect(page.head.all("title").map(\.text) == ["My decision — 2026-12-04"])
        #expect(page.head.all("style").count == 1)
        let everything = page.html.descendants.map(\.name)
        for loader in ["script", "link", "img", "iframe", "object", "embed", "base", "form", "svg", "a"] {
            #expect(!everything.contains(loader), "no <\(loader)> on the page")
        }
        #expect(!page.html.descendants.contains { $0.attributes.keys.contains { $0.hasPrefix("on") || $0 == "src" || $0 == "href" } })
    }

    @Test func thePartsComeInOrderAfterTheDateAndTheDisclaimer() throws {
        let page = try Self.page(Self.fullRecords)
        let header = try #require(page.body.elements.first)
        #expect(header.name == "header")
        #expect(header.all("h1").first?.text == "My decision — 2026-12-04")
        #expect(header.first(class: "disclaimer")?.text == SourceWording.disclaimer)
        let sections = page.body.all("section")
        #expect(sections.map { $0.attributes["id"] } == DecisionWording.Part.allCases.map(\.slug))
        #expect(sections.map { $0.elements.first?.name } == sections.map { _ in "h2" })
        #expect(sections.map { $0.elements.first?.text } == DecisionWording.Part.allCases.map(\.title))
        #expect(try section(page, .howToRead).text.contains(SourceWording.claimsAreNotFindings))
    }

    @Test func whereIStandGivesTheLeaningTheSureAnswersAndHowTheyChangedDated() throws {
        let standing = try section(try Self.page(Self.fullRecords), .standing)
        #expect(standing.first(class: "now")?.text == "Now: unsure (2024-10-05)")
        #expect(standing.first(class: "sure")?.text == "SURE: sure no · understand the information yes · clear about what matters yes · enough support no")
        #expect(standing.all(class: "stance").map(\.text) == ["2024-10-04: not deciding yet; SURE: sure no · understand the information no · clear about what matters yes · enough support no"])
    }

    @Test func ratedTopicsComeFirstEachClaimTaggedWithItsSourceThenTheRest() throws {
        let matters = try section(try Self.page(Self.fullRecords), .matters)
        let topics = matters.all(class: "topic")
        #expect(topics.map { $0.all("h3").first?.text } == ["Addiction — matters most to you", "Onset — matters some to you", "Cost"])
        #expect(topics.map { $0.attributes["class"] } == ["topic rated", "topic rated", "topic"])
        // The heading for the topics not rated stands between the rated and the rest.
        let order = matters.descendants.filter { $0.attributes["class"]?.hasPrefix("topic") == true && $0.name == "article" || $0.attributes["class"] == "not-rated" }
        #expect(order.map { $0.attributes["class"] } == ["topic rated", "topic rated", "not-rated", "topic"])
        let onset = topics[1]
        #expect(onset.all("h4").map(\.text) == ["For", "Against"])
        #expect(onset.first(class: "topic-question")?.text == "How soon?")
        let claims = onset.all(class: "claim")
        #expect(claims.map { $0.first(class: "claim-text")?.text } == ["Works within hours.", "Takes weeks for some."])
        #expect(claims.map { $0.first(class: "tag")?.text } == ["[1 clinic ○]", "[2 study ●]"])
        #expect(claims.allSatisfy { $0.first(class: "disputed")?.text == DecisionWording.disputed }, "the two sources answer the opposite way")
        #expect(onset.all(class: "note").map { $0.first(class: "note-text")?.text } == ["How soon for me?"])
        #expect(topics[0].first(class: "disputed") == nil)
    }

    @Test func questionsAreNumberedWithRuledRoomForTheAnswer() throws {
        let questions = try section(try Self.page(Self.fullRecords), .questions)
        let items = questions.all(class: "question")
        #expect(items.map { $0.first(class: "number")?.text } == ["1.", "2."])
        #expect(items.map { $0.first(class: "question-text")?.text } == ["1. What are my options?", "2. Is it habit-forming for me?"])
        #expect(items[1].first(class: "about")?.text == "About: “May be habit-forming.”")
        #expect(items.allSatisfy { $0.first(class: "answer")?.all(class: "line").count == 3 })
    }

    @Test func notesSayWhatTheyAreOnBookmarksCarryTheirExcerptsSourcesTheirProvenance() throws {
        let page = try Self.page(Self.fullRecords)
        let notes = try section(page, .notes).all(class: "note")
        #expect(notes.map { $0.first(class: "subject")?.text } == [
            "On “Was said to be habit-forming.” (the claim has changed)", "On the topic Onset", "On the bookmark “prices”",
        ])
        #expect(notes.map { $0.first(class: "note-text")?.text } == ["Ask about this", "How soon for me?", "Read again"])
        let bookmark = try #require(try section(page, .bookmarks).all(class: "bookmark").first)
        #expect(bookmark.first(class: "place")?.text == "Article A › Costs (1970-01-04)")
        #expect(bookmark.first(class: "excerpt")?.text == "“Sessions are priced per visit.”")
        let sources = try section(page, .sources).all(class: "source")
        #expect(sources.map { $0.first(class: "number")?.text } == ["1.", "2."])
        #expect(sources[0].text.contains("Article A (a), based on “Clinic page”") && sources[0].text.contains("clinic or provider"))
        #expect(sources[1].text.contains("A Journal") && sources[1].text.contains("cites studies"))
    }

    @Test func hostileTextIsShownAsWrittenAndRunsNothing() throws {
        let hostile = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "</style><script>fetch('http://127.0.0.1:9/')</script>",
            "&lt;b&gt; &amp; &#x3C;script&#x3E; AT&T",
            "<!-- --> ]]> <![CDATA[ x ]]>",
        ]
        let records = DecisionRecords(notes: hostile.enumerated().map { Self.note(Int64($0.offset + 1), .topic(id: "cost"), $0.element) },
                                      questions: [ClinicianQuestion(id: 1, text: "<b>bold?</b> " + String(Unicode.Scalar(0xFDD0)!) + String(Unicode.Scalar(0xFFFF)!), position: 0, createdAt: Self.day(1))])
        let page = try Self.page(records, bookmarks: [BookmarkExcerpt(id: 1, articleID: "a", sectionTitle: "<i>s</i>", label: "<u>l</u>",
                                                                       excerpt: "<iframe src=//x>", createdAt: Self.day(1))])
        let everything = page.html.descendants.map(\.name)
        for element in ["script", "img", "svg", "iframe", "b", "i", "u"] {
            #expect(!everything.contains(element), "no <\(element)> made from text")
        }
        #expect(try section(page, .notes).all(class: "note").map { $0.first(class: "note-text")?.text } == hostile)
        #expect(try section(page, .questions).first(class: "question-text")?.text == "1. <b>bold?</b> \u{FFFD}\u{FFFD}")
        #expect(try section(page, .bookmarks).text.contains("“<u>l</u>” Article A › <i>s</i>"))
        #expect(try section(page, .bookmarks).first(class: "excerpt")?.text == "“<iframe src=//x>”")
    }

    @Test func wideCharactersRightToLeftTextAndEmojiStayInPlaceInTheirOwnDirection() throws {
        let texts = ["副作用が心配です 😟 — nausea?", "أريد أن أعرف متى يبدأ المفعول", "👨‍👩‍👧 e\u{301}"]
        let records = DecisionRecords(notes: texts.enumerated().map { Self.note(Int64($0.offset + 1), .topic(id: "onset"), $0.element) })
        let notes = try section(try Self.page(records), .notes).all(class: "note")
        #expect(notes.map { $0.first(class: "note-text")?.text } == texts)
        for note in notes {
            let written = try #require(note.first(class: "note-text")?.elements.first)
            #expect(written.attributes["dir"] == "auto")
        }
    }

    @Test func nothingRecordedIsAShortPageThatSaysSo() throws {
        let page = try Self.page(DecisionRecords(), bookmarks: [])
        #expect(page.body.all("section").isEmpty)
        #expect(page.body.first(class: "nothing")?.text == DecisionWording.nothingRecorded)
        #expect(page.body.first(class: "disclaimer")?.text == SourceWording.disclaimer)
    }

    @Test func ratedOnlyLeavesOutTheTopicsNotRatedAndNoRatingSaysSo() throws {
        let rated = try section(try Self.page(Self.fullRecords, ratedOnly: true), .matters)
        #expect(rated.all(class: "topic").map { $0.all("h3").first?.text } == ["Addiction — matters most to you", "Onset — matters some to you"])
        #expect(rated.first(class: "not-rated") == nil)
        let unrated = try section(try Self.page(DecisionRecords(questions: [ClinicianQuestion(id: 1, text: "Q", position: 0, createdAt: Self.day(1))])), .matters)
        #expect(unrated.first(class: "none")?.text == DecisionWording.noTopicRated)
        #expect(unrated.first(class: "not-rated") != nil && unrated.all(class: "topic").count == 3)
    }
}
