import ArgumentParser
import BookmarkStore
import DecisionKit
import Foundation
import ReaderUI

/// `weigh decision show`: everything recorded, as text, Markdown or JSON.
struct DecisionShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print what you have recorded: ratings, notes, questions and where you stand."
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var dataOptions: DataOptions

    @Option(name: .long, help: "text, markdown or json.")
    var format: Format = .text

    @Option(name: .long, help: "Wrap text to this many columns (default: the terminal's width, or 80).")
    var width: Int?

    func validate() throws {
        if let width, width < 20 || width > 10_000 {
            throw ValidationError("--width must be between 20 and 10000")
        }
    }

    func run() throws {
        let store = try dataOptions.openStore()
        let records: DecisionRecords
        do {
            records = try store.decisionRecords()
        } catch {
            throw error.commandFailure
        }
        switch format {
        case .text, .markdown:
            // Claims are named as the library has them now; a claim that
            // changed is shown in the words written then, and says so.
            let library = try libraryOptions.load()
            let summary = DecisionSummary.build(records: records, library: library)
            let date = CalendarDay.string(Date())
            if format == .markdown {
                try FileHandleOutput.writeToStandardOutput(DecisionMarkdown.render(summary, date: date))
            } else {
                let blocks = DecisionDocument.blocks(for: summary, date: date)
                // Tags are kept whole by no-break spaces; plain ones are printed.
                let lines = BlockLayout.lines(for: blocks, width: width ?? FileHandleOutput.terminalColumns() ?? 80)
                    .map { SourceWording.plainSpaces($0.plainText) }
                try FileHandleOutput.writeToStandardOutput(lines.joined(separator: "\n") + "\n")
            }
        case .json:
            try FileHandleOutput.writeToStandardOutput(try JSONText.encode(DecisionRecordsJSON(records)) + "\n")
        }
    }
}
