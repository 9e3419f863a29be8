import ArticleKit
import DecisionKit

/// The words of a decision summary: the parts' titles in their order, the
/// fixed sentences and how each record is put into words. The text, the
/// Markdown and the HTML summary all take them from here, so the three say
/// the same thing in the same order.
public enum DecisionWording {
    /// The parts after the title and the disclaimer, in the order every
    /// rendering gives them.
    public enum Part: String, CaseIterable, Sendable {
        case standing = "where-i-stand"
        case matters = "what-matters"
        case questions = "my-questions"
        case notes = "my-notes"
        case bookmarks = "bookmarks"
        case sources = "sources"
        case howToRead = "how-to-read-this"

        public var title: String {
            switch self {
            case .standing: "Where I stand"
            case .matters: "What matters most to me"
            case .questions: "My questions"
            case .notes: "My notes"
            case .bookmarks: "Bookmarks"
            case .sources: "The sources"
            case .howToRead: "How to read this"
            }
        }

        /// The part's anchor (`id` in HTML, slug in the text).
        public var slug: String { rawValue }
    }

    public static func title(date: String?) -> String {
        date.map { "My decision — \($0)" } ?? "My decision"
    }

    public static let nothingRecorded = "Nothing recorded yet. In the reader, rate what matters to you in the comparison (1–4), write notes (a) and questions, and say where you stand; or use weigh decision rate, note, ask and lean."
    public static let notSaidYet = "Not said yet."
    public static let noTopicRated = "No topic rated yet."
    public static let topicsNotRated = "Topics not rated"
    public static let noneWritten = "None written yet."
    public static let noBookmarks = "No bookmarks."
    public static let noSources = "The library names no sources."
    /// After a claim whose source another source answers the opposite way.
    public static let disputed = "≠ sources differ"
    public static let now = "Now"
    public static let before = "Before"
    public static let sure = "SURE"
    public static let myNote = "My note"
    public static let answerRoom = "Answer:"

    /// The paragraph on how to read the summary.
    public static let howToRead = SourceWording.claimsAreNotFindings + " " + SourceWording.tagsExplained
        + " The ratings, notes and questions are yours; they are not advice."

    /// A leaning with its day: "unsure (2024-10-05)".
    public static func leaning(_ entry: StanceEntry) -> String {
        "\(entry.leaning.words) (\(CalendarDay.string(entry.recordedAt)))"
    }

    /// "sure no · understand the information yes · clear about what matters yes · enough support no".
    public static func sureWords(_ sure: SureAnswers) -> String {
        let names = ["sure", "understand the information", "clear about what matters", "enough support"]
        return zip(names, sure.answers).map { "\($0) \($1 ? "yes" : "no")" }.joined(separator: " · ")
    }

    /// An earlier stance in one line: "2024-10-04: not deciding yet; SURE: sure no · …".
    public static func earlierStance(_ entry: StanceEntry) -> String {
        var text = "\(CalendarDay.string(entry.recordedAt)): \(entry.leaning.words)"
        if let sure = entry.sure { text += "; \(Self.sure): \(sureWords(sure))" }
        return text
    }

    /// The topic's title, and how much it matters when rated.
    public static func importance(_ entry: DecisionSummary.TopicEntry) -> String? {
        entry.importance == .notRated ? nil : entry.importance.words
    }

    /// What the sources say on a topic, in groups: for, against, precautions
    /// (a group with no claim is left out).
    public static func claimGroups(_ comparison: TopicComparison?) -> [(title: String, claims: [ComparedClaim])] {
        guard let comparison else { return [] }
        return [("For", comparison.benefits), ("Against", comparison.risks), ("Precautions", comparison.precautions)]
            .filter { !$0.claims.isEmpty }
    }

    /// The tag of each source's claims (`[2 blog ◐]`), by source number.
    public static func tags(_ summary: DecisionSummary, space: String = " ") -> [Int: String] {
        Dictionary(summary.sources.map { ($0.number, SourceWording.tag(number: $0.number, source: $0.source, space: space)) },
                   uniquingKeysWith: { first, _ in first })
    }

    /// What a note is about, in words.
    public static func subject(_ subject: DecisionSummary.NoteEntry.Subject, in summary: DecisionSummary? = nil) -> String {
        switch subject {
        case .claim(let status): "On “\(status.text)”" + (status.hasChanged ? " (the claim has changed)" : "")
        case .topic(let id, let topic): "On the topic \(topic?.title ?? id)"
        case .bookmark(let id):
            if let entry = summary?.bookmark(id: id) { "On the bookmark " + bookmarkName(entry) } else { "On bookmark #\(id)" }
        }
    }

    /// A note's paragraphs on one line, for the plain renderings that
    /// keep a list item to one paragraph (the reader and the page show
    /// the breaks).
    public static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The claim a question was made from: "About: “…”".
    public static func questionAbout(_ claim: ClaimStatus) -> String {
        "About: “\(claim.text)”" + (claim.hasChanged ? " (the claim has changed)" : "")
    }

    /// A bookmark's name: its label in quotation marks, else its number.
    public static func bookmarkName(_ entry: DecisionSummary.BookmarkEntry) -> String {
        entry.bookmark.label.map { "“\($0)”" } ?? "#\(entry.bookmark.id)"
    }

    /// Where a bookmark is: "Article title › Section (2024-10-05)".
    public static func bookmarkPlace(_ entry: DecisionSummary.BookmarkEntry) -> String {
        var place = entry.articleTitle ?? "\(entry.bookmark.articleID) (no longer in the library)"
        if let section = entry.bookmark.sectionTitle, section != entry.articleTitle { place += " › " + section }
        return place + " (\(CalendarDay.string(entry.bookmark.createdAt)))"
    }

    /// A source in the list: "Article title (id), based on “…”; site; …".
    public static func source(_ source: ComparisonSource) -> String {
        "\(source.articleTitle) (\(source.articleID)), " + basis(source)
    }

    /// What a numbered source is based on, with its provenance.
    public static func basis(_ source: ComparisonSource) -> String {
        "based on " + (source.source.map(SourceWording.legend) ?? "a source not recorded")
    }
}
