import ArticleKit
import DecisionKit

/// A decision summary as Markdown, for `weigh decision show --format
/// markdown | pandoc` or a plain mail: the same parts in the same order as
/// `DecisionDocument` and the HTML page, every piece of text escaped for
/// Markdown.
public enum DecisionMarkdown {
    public static func render(_ summary: DecisionSummary, date: String) -> String {
        let escape = ComparisonMarkdown.escape
        var out = "# \(escape(DecisionWording.title(date: date)))\n\n> \(escape(SourceWording.disclaimer))\n"
        if summary.isEmpty {
            return out + "\n\(escape(DecisionWording.nothingRecorded))\n"
        }
        for part in DecisionWording.Part.allCases {
            out += "\n## \(part.title)\n\n"
            switch part {
            case .standing: out += standing(summary)
            case .matters: out += matters(summary)
            case .questions: out += questions(summary)
            case .notes: out += notes(summary)
            case .bookmarks: out += bookmarks(summary)
            case .sources: out += sources(summary)
            case .howToRead: out += escape(DecisionWording.howToRead) + "\n"
            }
        }
        return out
    }

    static func standing(_ summary: DecisionSummary) -> String {
        guard let now = summary.currentStance else { return DecisionWording.notSaidYet + "\n" }
        var out = "**\(DecisionWording.now):** \(DecisionWording.leaning(now))"
        if let sure = now.sure { out += "  \n**\(DecisionWording.sure):** \(DecisionWording.sureWords(sure))" }
        out += "\n"
        if summary.stances.count > 1 { out += "\n**\(DecisionWording.before):**\n\n" }
        for entry in summary.stances.dropLast().reversed() {
            out += "- \(DecisionWording.earlierStance(entry))\n"
        }
        return out
    }

    static func matters(_ summary: DecisionSummary) -> String {
        let escape = ComparisonMarkdown.escape
        let tags = DecisionWording.tags(summary)
        var out = summary.ratedTopics.isEmpty ? DecisionWording.noTopicRated + "\n" : ""
        var shownUnrated = false
        for entry in summary.topics where entry.comparison != nil || entry.importance != .notRated || !entry.notes.isEmpty {
            if entry.importance == .notRated && !shownUnrated {
                out += "\n### \(DecisionWording.topicsNotRated)\n"
                shownUnrated = true
            }
            out += "\n**\(escape(entry.topic.title))**" + (DecisionWording.importance(entry).map { " — " + $0 } ?? "")
            if !entry.topic.question.isEmpty { out += "  \n*\(escape(entry.topic.question))*" }
            out += "\n"
            for group in DecisionWording.claimGroups(entry.comparison) {
                out += "\n*\(group.title):*\n\n"
                for claim in group.claims {
                    out += "- \(claim.claim.stance.mark) \(escape(claim.claim.text))"
                    if entry.comparison?.isDisputed(claim) == true { out += " " + DecisionWording.disputed }
                    if let tag = tags[claim.sourceNumber] { out += " " + escape(tag) }
                    out += "\n"
                }
            }
            if !entry.notes.isEmpty { out += "\n" }
            for note in entry.notes { out += "- **\(DecisionWording.myNote):** \(escape(DecisionWording.oneLine(note.text)))\n" }
        }
        return out
    }

    static func questions(_ summary: DecisionSummary) -> String {
        let escape = ComparisonMarkdown.escape
        guard !summary.questions.isEmpty else { return DecisionWording.noneWritten + "\n" }
        var out = ""
        for (number, entry) in summary.questions.enumerated() {
            out += "\(number + 1). \(escape(entry.question.text))"
            if let claim = entry.claim { out += "  \n   *\(escape(DecisionWording.questionAbout(claim)))*" }
            out += "\n"
        }
        return out
    }

    static func notes(_ summary: DecisionSummary) -> String {
        let escape = ComparisonMarkdown.escape
        guard !summary.notes.isEmpty else { return DecisionWording.noneWritten + "\n" }
        return summary.notes.map { "- **\(escape(DecisionWording.subject($0.subject, in: summary))):** \(escape(DecisionWording.oneLine($0.note.text)))\n" }.joined()
    }

    static func bookmarks(_ summary: DecisionSummary) -> String {
        let escape = ComparisonMarkdown.escape
        guard !summary.bookmarks.isEmpty else { return DecisionWording.noBookmarks + "\n" }
        return summary.bookmarks.map { entry in
            "- **\(escape(DecisionWording.bookmarkName(entry)))** \(escape(DecisionWording.bookmarkPlace(entry)))  \n"
                + "  *“\(escape(entry.bookmark.excerpt))”*\n"
        }.joined()
    }

    static func sources(_ summary: DecisionSummary) -> String {
        let escape = ComparisonMarkdown.escape
        guard !summary.sources.isEmpty else { return DecisionWording.noSources + "\n" }
        var out = summary.sources.map { source in
            "\(source.number). **\(escape(source.articleTitle))** (`\(source.articleID)`), \(escape(DecisionWording.basis(source)))\n"
        }.joined()
        out += "\n\(escape(SourceWording.key))\n"
        return out
    }
}
