import ArticleKit
import DecisionKit

/// A decision summary as blocks, in the order a clinician would read it
/// (`DecisionWording.Part`): where I stand, what matters to me (rated
/// topics first, each with what the sources say for and against and my
/// notes), my questions, my notes, bookmarks, the sources, and how to read
/// it. `weigh decision show --format text` lays these out at a width as
/// the reader lays out an article; the "My decision" view draws the same.
public enum DecisionDocument {
    /// `date` (`YYYY-MM-DD`) goes in the title when given.
    public static func blocks(for summary: DecisionSummary, date: String?) -> [Block] {
        var blocks: [Block] = [
            .heading(Heading(level: 1, text: DecisionWording.title(date: date), slug: "my-decision")),
            .paragraph([InlineSpan(SourceWording.disclaimer, style: .emphasis)]),
        ]
        if summary.isEmpty {
            return blocks + [.paragraph([InlineSpan(DecisionWording.nothingRecorded)])]
        }
        for part in DecisionWording.Part.allCases {
            blocks.append(.heading(Heading(level: 2, text: part.title, slug: part.slug)))
            switch part {
            case .standing: blocks += standing(summary)
            case .matters: blocks += matters(summary)
            case .questions: blocks += questions(summary)
            case .notes: blocks += notes(summary)
            case .bookmarks: blocks += bookmarks(summary)
            case .sources: blocks += sources(summary)
            case .howToRead: blocks.append(.paragraph([InlineSpan(DecisionWording.howToRead)]))
            }
        }
        return blocks
    }

    static func standing(_ summary: DecisionSummary) -> [Block] {
        guard let now = summary.currentStance else { return [.paragraph([InlineSpan(DecisionWording.notSaidYet)])] }
        var spans = [InlineSpan(DecisionWording.now + ": ", style: .strong), InlineSpan(DecisionWording.leaning(now))]
        if let sure = now.sure {
            spans += [.lineBreak, InlineSpan(DecisionWording.sure + ": ", style: .strong), InlineSpan(DecisionWording.sureWords(sure))]
        }
        var blocks: [Block] = [.paragraph(spans)]
        let earlier = summary.stances.dropLast().reversed()
        if !earlier.isEmpty {
            blocks.append(.paragraph([InlineSpan(DecisionWording.before + ":", style: .strong)]))
            blocks.append(.list(ListBlock(ordered: false, items: earlier.map { [.paragraph([InlineSpan(DecisionWording.earlierStance($0))])] })))
        }
        return blocks
    }

    static func matters(_ summary: DecisionSummary) -> [Block] {
        var blocks: [Block] = []
        let tags = DecisionWording.tags(summary, space: SourceWording.noBreakSpace)
        if summary.ratedTopics.isEmpty { blocks.append(.paragraph([InlineSpan(DecisionWording.noTopicRated)])) }
        var shownUnratedHeading = false
        for entry in summary.topics where entry.comparison != nil || entry.importance != .notRated || !entry.notes.isEmpty {
            if entry.importance == .notRated && !shownUnratedHeading {
                // A title in bold, not a third-level heading: laid out as
                // text, a heading that deep keeps its "###".
                blocks.append(.paragraph([InlineSpan(DecisionWording.topicsNotRated, style: .strong)]))
                shownUnratedHeading = true
            }
            var title = [InlineSpan(entry.topic.title, style: .strong)]
            if let importance = DecisionWording.importance(entry) { title.append(InlineSpan(" — " + importance)) }
            if !entry.topic.question.isEmpty { title += [.lineBreak, InlineSpan(entry.topic.question, style: .emphasis)] }
            blocks.append(.paragraph(title))
            for group in DecisionWording.claimGroups(entry.comparison) {
                blocks.append(.paragraph([InlineSpan(group.title + ":", style: .strong)]))
                blocks.append(.list(ListBlock(ordered: false, items: group.claims.map { claim in
                    var text = "\(claim.claim.stance.mark) \(claim.claim.text)"
                    if entry.comparison?.isDisputed(claim) == true { text += " " + DecisionWording.disputed.replacingOccurrences(of: " ", with: SourceWording.noBreakSpace) }
                    if let tag = tags[claim.sourceNumber] { text += " " + tag }
                    return [.paragraph([InlineSpan(text)])]
                })))
            }
            if !entry.notes.isEmpty {
                blocks.append(.list(ListBlock(ordered: false, items: entry.notes.map {
                    [.paragraph([InlineSpan(DecisionWording.myNote + ": ", style: .strong), InlineSpan(DecisionWording.oneLine($0.text))])]
                })))
            }
        }
        return blocks
    }

    static func questions(_ summary: DecisionSummary) -> [Block] {
        guard !summary.questions.isEmpty else { return [.paragraph([InlineSpan(DecisionWording.noneWritten)])] }
        let items = summary.questions.map { entry -> [Block] in
            var spans = [InlineSpan(entry.question.text)]
            if let claim = entry.claim { spans += [.lineBreak, InlineSpan(DecisionWording.questionAbout(claim), style: .emphasis)] }
            return [.paragraph(spans)]
        }
        return [.list(ListBlock(ordered: true, items: items))]
    }

    static func notes(_ summary: DecisionSummary) -> [Block] {
        guard !summary.notes.isEmpty else { return [.paragraph([InlineSpan(DecisionWording.noneWritten)])] }
        let items = summary.notes.map { entry -> [Block] in
            [.paragraph([InlineSpan(DecisionWording.subject(entry.subject, in: summary) + ": ", style: .strong), InlineSpan(DecisionWording.oneLine(entry.note.text))])]
        }
        return [.list(ListBlock(ordered: false, items: items))]
    }

    static func bookmarks(_ summary: DecisionSummary) -> [Block] {
        guard !summary.bookmarks.isEmpty else { return [.paragraph([InlineSpan(DecisionWording.noBookmarks)])] }
        let items = summary.bookmarks.map { entry -> [Block] in
            [.paragraph([InlineSpan(DecisionWording.bookmarkName(entry), style: .strong), InlineSpan(" " + DecisionWording.bookmarkPlace(entry)),
                         .lineBreak, InlineSpan("“\(entry.bookmark.excerpt)”", style: .emphasis)])]
        }
        return [.list(ListBlock(ordered: false, items: items))]
    }

    static func sources(_ summary: DecisionSummary) -> [Block] {
        guard !summary.sources.isEmpty else { return [.paragraph([InlineSpan(DecisionWording.noSources)])] }
        let items = summary.sources.map { source -> [Block] in
            [.paragraph([InlineSpan(source.articleTitle, style: .strong), InlineSpan(" (\(source.articleID)), " + DecisionWording.basis(source))])]
        }
        return [.list(ListBlock(ordered: true, start: summary.sources[0].number, items: items)), .paragraph([InlineSpan(SourceWording.key)])]
    }
}
