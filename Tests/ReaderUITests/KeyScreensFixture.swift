import ArticleKit
import Foundation
import ReaderUI
import WeighTestSupport

/// The small library the key screens are drawn on: two articles with their
/// sources (so each opens with its "About this source" block), two topics,
/// and claims that agree, differ and add a precaution, so the comparison
/// shows every kind of row.
enum KeyScreensFixture {
    static let clinic = SourceReference(
        title: "Fast Relief Infusions", site: "Example Clinic", published: "2024-06-24", author: "not named",
        kind: .clinicOrProvider, interest: "sells infusions", evidence: .mentionsStudiesWithoutCiting, summarised: "2026-12-04")
    static let review = SourceReference(
        title: "Ketamine for Depression: A Review", site: "A Medical Journal", url: "https://example.org/review",
        published: "2023-01-02", author: "A. Author", kind: .review, interest: "none shown", evidence: .citesStudies,
        summarised: "2026-12-04")

    static let library = Library(
        topics: [
            Topic(id: "onset", title: "Onset", question: "How soon does it work?"),
            Topic(id: "addiction", title: "Addiction", question: "Can it be addictive?"),
        ],
        articles: [
            Article(
                id: "clinic-view", title: "What a clinic says", source: clinic,
                claims: [
                    Claim(stance: .benefit, topicID: "onset", text: "Some feel better within hours", sectionSlug: "how-soon"),
                    Claim(stance: .benefit, topicID: "addiction", text: "Unlikely to become a habit when supervised",
                          sectionSlug: "habit", point: "addictive"),
                ],
                blocks: MarkdownParser.parse("""
                    # What a clinic says

                    ## How soon

                    The clinic says some people feel better within hours of an infusion.

                    ## Habit

                    The clinic says supervised sessions are unlikely to become a habit.

                    """),
                fileName: "clinic-view.md"),
            Article(
                id: "review-view", title: "What a review says", source: review,
                claims: [
                    Claim(stance: .benefit, topicID: "onset", text: "Effects within a day for some", sectionSlug: "how-soon"),
                    Claim(stance: .risk, topicID: "addiction", text: "Repeated use can become a habit", sectionSlug: "habit",
                          point: "addictive"),
                    Claim(stance: .precaution, topicID: "addiction", text: "Check blood pressure first", sectionSlug: "habit"),
                ],
                blocks: MarkdownParser.parse("""
                    # What a review says

                    ## How soon

                    The review reports effects within a day for some people, fading over weeks.

                    ## Habit

                    The review warns that repeated use can become a habit.

                    It advises checking blood pressure before each session.

                    """),
                fileName: "review-view.md"),
        ]
    )

    /// A store with two bookmarks, one in each article, the second labelled.
    static func store() -> MemoryPersonalStore {
        MemoryPersonalStore(bookmarks: [
            BookmarkEntry(id: 1, position: ReadingPosition(articleID: "clinic-view", blockIndex: 2), sectionTitle: "How soon",
                          excerpt: "The clinic says some people feel better within hours of an infusion.", label: nil,
                          createdAt: Date(timeIntervalSince1970: 1_780_000_000)),
            BookmarkEntry(id: 2, position: ReadingPosition(articleID: "review-view", blockIndex: 4), sectionTitle: "Habit",
                          excerpt: "The review warns that repeated use can become a habit.", label: "ask about this",
                          createdAt: Date(timeIntervalSince1970: 1_780_000_060)),
        ])
    }
}
