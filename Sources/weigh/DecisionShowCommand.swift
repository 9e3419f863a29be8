import ArgumentParser
import BookmarkStore
import DecisionKit

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
            try FileHandleOutput.writeToStandardOutput(DecisionRecordsText.render(records, markdown: format == .markdown))
        case .json:
            try FileHandleOutput.writeToStandardOutput(try JSONText.encode(DecisionRecordsJSON(records)) + "\n")
        }
    }
}
