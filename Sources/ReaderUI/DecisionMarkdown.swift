import ArticleKit
import DecisionKit

/// A decision summary as Markdown, for `weigh decision show --format
/// markdown | pandoc` or a plain mail: the same parts in the same order as
/// `DecisionDocument`, every piece of text escaped for Markdown.
public enum DecisionMarkdown {
    public static func render(_ summary: DecisionSummary, date: String) -> String {
        let escape = ComparisonMarkdown.escape
        var out = "# My decision — \(date)\n\n> \(escape(SourceWording.disclaimer))\n"
        if summary.isEmpty {
            return out + "\nNothing recorded yet.\n"
        }
        out += "\n## Where I stand\n\n"
        if let now = summary.currentStance {
            out += "**Now:** \(now.leaning.words) (\(CalendarDay.string(now.recordedAt)))"
            if let sure = now.sure { out += "  \n**SURE:** \(DecisionDocument.sureWords(sure))" }
            out += "\n"
            if summary.stances.count > 1 { out += "\n**Before:**\n\n" }
            for entry in summary.stances.dropLast().reversed() {
                out += "- \(CalendarDay.string(entry.recordedAt)): \(entry.leaning.words)\(entry.sure.map { "; SURE \($0.letters)" } ?? "")\n"
            }
        } else {
            out += "Not said yet.\n"
        }
        out += "\n## What matters most to me\n"
        let tags = Dictionary(summary.sources.map { ($0.number, SourceWording.tag(number: $0.number, source: $0.source)) }, uniquingKeysWith: { first, _ in first })
        var shownUnrated = false
        for entry in summary.topics where entry.comparison != nil || entry.importance != .notRated || !entry.notes.isEmpty {
            if entry.importance == .notRated && !shownUnrated {
                out += "\n### Topics not rated\n"
                shownUnrated = true
            }
            out += "\n**\(escape(entry.topic.title))**" + (entry.importance == .notRated ? "" : " — \(entry.importance.words)") + "\n\n"
            for claim in entry.comparison?.claims ?? [] {
                out += "- \(claim.claim.stance.mark) \(escape(claim.claim.text))"
                if entry.comparison?.isDisputed(claim) == true { out += " ≠" }
                if let tag = tags[claim.sourceNumber] { out += " " + escape(tag) }
                out += "\n"
            }
            for note in entry.notes { out += "- **My note:** \(escape(note.text))\n" }
        }
        out += "\n## My questions\n\n"
        if summary.questions.isEmpty { out += "None written yet.\n" }
        for (number, entry) in summary.questions.enumerated() {
            out += "\(number + 1). \(escape(entry.question.text))\n"
        }
        out += "\n## My notes\n\n"
        if summary.notes.isEmpty { out += "None written yet.\n" }
        for entry in summary.notes {
            out += "- **\(escape(DecisionDocument.subject(entry.subject))):** \(escape(entry.note.text))\n"
        }
        out += "\n## How to read this\n\n\(escape(SourceWording.claimsAreNotFindings)) The ratings, notes and questions are yours; they are not advice.\n"
        return out
    }
}
