import DecisionKit
import ReaderUI

/// `weigh decision show` as plain text or Markdown: a simple rendering,
/// one section per kind of record, always with the not-medical-advice
/// line. Every string in the records was cleaned by the store, so nothing
/// here can drive the terminal.
enum DecisionRecordsText {
    static func render(_ records: DecisionRecords, markdown: Bool) -> String {
        var lines = [markdown ? "# Your decision" : "Your decision", ""]
        func heading(_ title: String) {
            lines += [markdown ? "## \(title)" : title, ""]
        }
        func item(_ text: String, continuation: [String] = []) {
            lines.append((markdown ? "- " : "  ") + text)
            lines += continuation.map { (markdown ? "  " : "    ") + $0 }
        }
        if records.isEmpty {
            lines += ["Nothing recorded yet.", ""]
        }
        if !records.importance.isEmpty {
            heading("What matters to you")
            for (topic, level) in records.importance.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
                item("\(topic): \(level.words)")
            }
            lines.append("")
        }
        if !records.notes.isEmpty {
            heading("Your notes")
            for note in records.notes {
                var about: [String] = []
                let subject: String
                switch note.target {
                case .claim(let claim):
                    subject = "on a \(claim.stance) claim in \"\(claim.articleTitle)\" (\(claim.articleID)):"
                    about = ["“\(claim.text)”"]
                case .topic(let id): subject = "on topic \(id):"
                case .bookmark(let id): subject = "on bookmark #\(id):"
                }
                item("#\(note.id) \(subject)", continuation: about + note.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            }
            lines.append("")
        }
        if !records.questions.isEmpty {
            heading("Your questions for the clinician")
            for question in records.questions {
                lines.append("\(markdown ? "" : "  ")\(question.position + 1). \(question.text)")
            }
            lines.append("")
        }
        if !records.stances.isEmpty {
            heading("Where you stand")
            for stance in records.stances {
                let sure = stance.sure.map { " (SURE \($0.letters))" } ?? ""
                item("\(DecisionDates.day(stance.recordedAt)): \(stance.leaning.words)\(sure)")
            }
            lines.append("")
        }
        lines.append(markdown ? "*\(SourceWording.disclaimer)*" : SourceWording.disclaimer)
        return lines.joined(separator: "\n") + "\n"
    }
}
