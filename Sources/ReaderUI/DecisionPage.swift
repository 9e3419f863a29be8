import ArticleKit
import DecisionKit

/// "My decision" laid out at a width: the lines the reader draws, and the
/// items the cursor moves between, each with the lines it covers. Built
/// from the `DecisionSummary` that `weigh decision show` prints, so the
/// two say the same; it shows what was recorded and recommends nothing.
public struct DecisionPage: Hashable, Sendable {
    public private(set) var lines: [[StyledRun]] = []
    public private(set) var items: [DecisionItem] = []
    /// For each item, the lines it covers.
    public private(set) var itemLines: [Range<Int>] = []

    /// The page for `summary` at `width` columns, in the words of the
    /// printed summary (`DecisionWording`).
    public static func build(summary: DecisionSummary, width: Int) -> DecisionPage {
        var page = DecisionPage()
        let width = max(10, width)
        page.add([StyledRun(SourceWording.disclaimer, TextStyle(.muted))], width: width)
        page.standing(summary, width: width)
        page.matters(summary, width: width)
        page.questions(summary, width: width)
        page.notes(summary, width: width)
        return page
    }

    /// The item at `line`, if the line belongs to one.
    public func item(atLine line: Int) -> Int? {
        itemLines.firstIndex { $0.contains(line) }
    }

    private mutating func standing(_ summary: DecisionSummary, width: Int) {
        heading(DecisionWording.Part.standing.title, width: width)
        guard let now = summary.currentStance else {
            item(.stance) { $0.add([StyledRun(DecisionWording.notSaidYet)], width: width, marker: "▸ ") }
            return
        }
        item(.stance) { page in
            page.add([StyledRun(DecisionWording.now + ": ", TextStyle(.body, inline: .strong)), StyledRun(DecisionWording.leaning(now))],
                     width: width, marker: "▸ ")
            if let sure = now.sure {
                page.add([StyledRun(DecisionWording.sure + ": ", TextStyle(.body, inline: .strong)), StyledRun(DecisionWording.sureWords(sure))],
                         width: width, marker: "  ")
            }
        }
        for entry in summary.stances.dropLast().reversed() {
            add([StyledRun(DecisionWording.before + ", " + DecisionWording.earlierStance(entry), TextStyle(.muted))], width: width, marker: "  ")
        }
    }

    private mutating func matters(_ summary: DecisionSummary, width: Int) {
        heading(DecisionWording.Part.matters.title, width: width)
        let rated = summary.ratedTopics
        if rated.isEmpty {
            add([StyledRun(DecisionWording.noTopicRated, TextStyle(.muted))], width: width, marker: "  ")
        }
        for entry in rated {
            item(.topic(id: entry.topic.id)) {
                $0.add([StyledRun(entry.topic.title, TextStyle(.topicTitle)), StyledRun(" — " + entry.importance.words)], width: width, marker: "▸ ")
            }
        }
    }

    private mutating func questions(_ summary: DecisionSummary, width: Int) {
        heading(DecisionWording.Part.questions.title, width: width)
        for (number, entry) in summary.questions.enumerated() {
            item(.question(id: entry.question.id)) { page in
                page.add([StyledRun(entry.question.text)], width: width, marker: "\(number + 1). ")
                if let claim = entry.claim {
                    page.add([StyledRun(DecisionWording.questionAbout(claim), TextStyle(.muted))], width: width, marker: String(repeating: " ", count: "\(number + 1). ".count))
                }
            }
        }
        let asked = Set(summary.questions.map(\.question.text))
        let offered = ClinicianQuestion.starters.enumerated().filter { !asked.contains($0.element) }
        guard !offered.isEmpty else { return }
        add([StyledRun(summary.questions.isEmpty ? DecisionWording.noneWritten + " Questions you could start with:" : "You could also ask:", TextStyle(.muted))],
            width: width, marker: "  ")
        for (index, starter) in offered {
            item(.starter(index: index)) { $0.add([StyledRun(starter, TextStyle(.muted))], width: width, marker: "+ ") }
        }
    }

    private mutating func notes(_ summary: DecisionSummary, width: Int) {
        heading(DecisionWording.Part.notes.title, width: width)
        if summary.notes.isEmpty {
            add([StyledRun(DecisionWording.noneWritten, TextStyle(.muted))], width: width, marker: "  ")
        }
        for entry in summary.notes {
            let subject = DecisionWording.subject(entry.subject, in: summary)
            item(.note(id: entry.note.id)) { page in
                page.add([StyledRun(subject + ":", TextStyle(.muted))], width: width, marker: "✎ ")
                page.add(StyledRun.lines(entry.note.text), width: width, marker: "  ")
            }
        }
    }

    private mutating func heading(_ text: String, width: Int) {
        lines.append([])
        add([StyledRun(text, TextStyle(.heading(2)))], width: width)
    }

    /// Adds the lines `body` adds as one item.
    private mutating func item(_ item: DecisionItem, _ body: (inout DecisionPage) -> Void) {
        let start = lines.count
        body(&self)
        items.append(item)
        itemLines.append(start..<lines.count)
    }

    /// Wraps `runs` to `width`, `marker` before the first line and as many
    /// spaces before the rest.
    private mutating func add(_ runs: [StyledRun], width: Int, marker: String = "") {
        let indent = DisplayWidth.of(marker)
        let wrapped = ParagraphWrapper.wrap(runs, width: max(1, width - indent)).lines
        for (index, line) in wrapped.enumerated() {
            let prefix = index == 0 ? marker : String(repeating: " ", count: indent)
            lines.append(prefix.isEmpty ? line : [StyledRun(prefix, TextStyle(.listMarker))] + line)
        }
    }
}
