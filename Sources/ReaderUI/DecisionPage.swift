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

    /// The page for `summary` at `width` columns; `bookmarkNames` names the
    /// bookmarks notes are written on.
    public static func build(summary: DecisionSummary, width: Int, bookmarkNames: [Int64: String] = [:]) -> DecisionPage {
        var page = DecisionPage()
        let width = max(10, width)
        page.add([StyledRun(SourceWording.disclaimer, TextStyle(.muted))], width: width)
        page.standing(summary, width: width)
        page.matters(summary, width: width)
        page.questions(summary, width: width)
        page.notes(summary, width: width, bookmarkNames: bookmarkNames)
        return page
    }

    /// The item at `line`, if the line belongs to one.
    public func item(atLine line: Int) -> Int? {
        itemLines.firstIndex { $0.contains(line) }
    }

    private mutating func standing(_ summary: DecisionSummary, width: Int) {
        heading("Where I stand", width: width)
        guard let now = summary.currentStance else {
            item(.stance) { $0.add([StyledRun("Not said yet.")], width: width, marker: "▸ ") }
            return
        }
        item(.stance) { page in
            page.add([StyledRun("Now: ", TextStyle(.body, inline: .strong)), StyledRun("\(now.leaning.words) (\(CalendarDay.string(now.recordedAt)))")],
                     width: width, marker: "▸ ")
            if let sure = now.sure {
                page.add([StyledRun("SURE: ", TextStyle(.body, inline: .strong)), StyledRun(DecisionDocument.sureWords(sure))], width: width, marker: "  ")
            }
        }
        for entry in summary.stances.dropLast().reversed() {
            var text = "Before, \(CalendarDay.string(entry.recordedAt)): \(entry.leaning.words)"
            if let sure = entry.sure { text += "; SURE \(sure.letters)" }
            add([StyledRun(text, TextStyle(.muted))], width: width, marker: "  ")
        }
    }

    private mutating func matters(_ summary: DecisionSummary, width: Int) {
        heading("What matters most to me", width: width)
        let rated = summary.ratedTopics
        if rated.isEmpty {
            add([StyledRun("No topic rated yet: rate topics in the comparison.", TextStyle(.muted))], width: width, marker: "  ")
        }
        for entry in rated {
            item(.topic(id: entry.topic.id)) {
                $0.add([StyledRun(entry.topic.title, TextStyle(.topicTitle)), StyledRun(" — " + entry.importance.words)], width: width, marker: "▸ ")
            }
        }
    }

    private mutating func questions(_ summary: DecisionSummary, width: Int) {
        heading("My questions for the clinician", width: width)
        for (number, entry) in summary.questions.enumerated() {
            item(.question(id: entry.question.id)) { page in
                page.add([StyledRun(entry.question.text)], width: width, marker: "\(number + 1). ")
                if let claim = entry.claim {
                    let about = "About “\(claim.text)”" + (claim.hasChanged ? " (the claim has changed)" : "")
                    page.add([StyledRun(about, TextStyle(.muted))], width: width, marker: String(repeating: " ", count: "\(number + 1). ".count))
                }
            }
        }
        let asked = Set(summary.questions.map(\.question.text))
        let offered = ClinicianQuestion.starters.enumerated().filter { !asked.contains($0.element) }
        guard !offered.isEmpty else { return }
        add([StyledRun(summary.questions.isEmpty ? "None written yet. Questions you could start with:" : "You could also ask:", TextStyle(.muted))],
            width: width, marker: "  ")
        for (index, starter) in offered {
            item(.starter(index: index)) { $0.add([StyledRun(starter, TextStyle(.muted))], width: width, marker: "+ ") }
        }
    }

    private mutating func notes(_ summary: DecisionSummary, width: Int, bookmarkNames: [Int64: String]) {
        heading("My notes", width: width)
        if summary.notes.isEmpty {
            add([StyledRun("None written yet.", TextStyle(.muted))], width: width, marker: "  ")
        }
        for entry in summary.notes {
            let subject = switch entry.subject {
            case .bookmark(let id): "On the bookmark “\(bookmarkNames[id] ?? "#\(id)")”"
            default: DecisionDocument.subject(entry.subject)
            }
            item(.note(id: entry.note.id)) { page in
                page.add([StyledRun(subject + ":", TextStyle(.muted))], width: width, marker: "✎ ")
                page.add([StyledRun(entry.note.text)], width: width, marker: "  ")
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
