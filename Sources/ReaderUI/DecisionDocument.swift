import ArticleKit
import DecisionKit

/// A decision summary as blocks, in the order a clinician would read it:
/// where I stand, what matters to me (rated topics first, each with what
/// the sources say and my notes), my questions, my notes, and how to read
/// it. `weigh decision show --format text` lays these out at a width as
/// the reader lays out an article; the "My decision" view draws the same.
public enum DecisionDocument {
    /// `date` (`YYYY-MM-DD`) goes in the title when given.
    public static func blocks(for summary: DecisionSummary, date: String?) -> [Block] {
        var blocks: [Block] = [
            .heading(Heading(level: 1, text: date.map { "My decision — \($0)" } ?? "My decision", slug: "my-decision")),
            .paragraph([InlineSpan(SourceWording.disclaimer, style: .emphasis)]),
        ]
        if summary.isEmpty {
            blocks.append(.paragraph([InlineSpan("Nothing recorded yet. In the reader, rate what matters to you in the comparison (1–4), write notes (a) and questions, and say where you stand; or use weigh decision rate, note, ask and lean.")]))
            return blocks
        }
        blocks += standing(summary)
        blocks += matters(summary)
        blocks += questions(summary)
        blocks += notes(summary)
        blocks.append(.heading(Heading(level: 2, text: "How to read this", slug: "how-to-read-this")))
        blocks.append(.paragraph([InlineSpan(SourceWording.claimsAreNotFindings + " The ratings, notes and questions are yours; they are not advice.")]))
        return blocks
    }

    static func standing(_ summary: DecisionSummary) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 2, text: "Where I stand", slug: "where-i-stand"))]
        guard let now = summary.currentStance else {
            return blocks + [.paragraph([InlineSpan("Not said yet.")])]
        }
        var spans = [InlineSpan("Now: ", style: .strong), InlineSpan("\(now.leaning.words) (\(CalendarDay.string(now.recordedAt)))")]
        if let sure = now.sure {
            spans += [.lineBreak, InlineSpan("SURE: ", style: .strong), InlineSpan(sureWords(sure))]
        }
        blocks.append(.paragraph(spans))
        let earlier = summary.stances.dropLast().reversed()
        if !earlier.isEmpty {
            let items = earlier.map { entry -> [Block] in
                var text = "\(CalendarDay.string(entry.recordedAt)): \(entry.leaning.words)"
                if let sure = entry.sure { text += "; SURE \(sure.letters)" }
                return [.paragraph([InlineSpan(text)])]
            }
            blocks.append(.paragraph([InlineSpan("Before:", style: .strong)]))
            blocks.append(.list(ListBlock(ordered: false, items: Array(items))))
        }
        return blocks
    }

    /// "sure yes · understand no · clear about what matters yes · support no".
    static func sureWords(_ sure: SureAnswers) -> String {
        let names = ["sure", "understand the information", "clear about what matters", "enough support"]
        return zip(names, sure.answers).map { "\($0) \($1 ? "yes" : "no")" }.joined(separator: " · ")
    }

    static func matters(_ summary: DecisionSummary) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 2, text: "What matters most to me", slug: "what-matters"))]
        let tags = Dictionary(summary.sources.map { ($0.number, SourceWording.tag(number: $0.number, source: $0.source, space: SourceWording.noBreakSpace)) },
                              uniquingKeysWith: { first, _ in first })
        if summary.ratedTopics.isEmpty { blocks.append(.paragraph([InlineSpan("No topic rated yet.")])) }
        var shownUnratedHeading = false
        for entry in summary.topics where entry.comparison != nil || entry.importance != .notRated || !entry.notes.isEmpty {
            if entry.importance == .notRated && !shownUnratedHeading {
                blocks.append(.heading(Heading(level: 3, text: "Topics not rated", slug: "not-rated")))
                shownUnratedHeading = true
            }
            var title = [InlineSpan(entry.topic.title, style: .strong)]
            if entry.importance != .notRated { title.append(InlineSpan(" — " + entry.importance.words)) }
            blocks.append(.paragraph(title))
            var items: [[Block]] = []
            if let comparison = entry.comparison {
                for claim in comparison.claims {
                    var text = "\(claim.claim.stance.mark) \(claim.claim.text)"
                    if comparison.isDisputed(claim) { text += " ≠" }
                    if let tag = tags[claim.sourceNumber] { text += " " + tag }
                    items.append([.paragraph([InlineSpan(text)])])
                }
            }
            for note in entry.notes {
                items.append([.paragraph([InlineSpan("My note: ", style: .strong), InlineSpan(note.text)])])
            }
            if !items.isEmpty { blocks.append(.list(ListBlock(ordered: false, items: items))) }
        }
        return blocks
    }

    static func questions(_ summary: DecisionSummary) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 2, text: "My questions", slug: "my-questions"))]
        guard !summary.questions.isEmpty else { return blocks + [.paragraph([InlineSpan("None written yet.")])] }
        let items = summary.questions.map { entry -> [Block] in
            var spans = [InlineSpan(entry.question.text)]
            if let claim = entry.claim {
                spans += [.lineBreak, InlineSpan("About: “\(claim.text)”" + (claim.hasChanged ? " (the claim has changed)" : ""), style: .emphasis)]
            }
            return [.paragraph(spans)]
        }
        blocks.append(.list(ListBlock(ordered: true, items: items)))
        return blocks
    }

    static func notes(_ summary: DecisionSummary) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 2, text: "My notes", slug: "my-notes"))]
        guard !summary.notes.isEmpty else { return blocks + [.paragraph([InlineSpan("None written yet.")])] }
        let items = summary.notes.map { entry -> [Block] in
            [.paragraph([InlineSpan(subject(entry.subject) + ": ", style: .strong), InlineSpan(entry.note.text)])]
        }
        blocks.append(.list(ListBlock(ordered: false, items: items)))
        return blocks
    }

    /// What a note is about, in words.
    public static func subject(_ subject: DecisionSummary.NoteEntry.Subject) -> String {
        switch subject {
        case .claim(let status): "On “\(status.text)”" + (status.hasChanged ? " (the claim has changed)" : "")
        case .topic(let id, let topic): "On the topic \(topic?.title ?? id)"
        case .bookmark(let id): "On bookmark #\(id)"
        }
    }
}
