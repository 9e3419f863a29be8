import ArgumentParser
import BookmarkStore
import DecisionKit

/// `weigh decision ask TEXT`: adds a question for the clinician at the end
/// of the list.
struct DecisionAskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Add a question to ask your clinician.",
        discussion: "Some questions to start with:\n" + ClinicianQuestion.starters.map { "  \($0)" }.joined(separator: "\n")
    )

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("The question (up to 1000 characters).", valueName: "text"))
    var text: String

    /// Adds the question this many times, each in its own transaction,
    /// printing a line after each: for the durability tests.
    @Option(name: .customLong("repeat"), help: .hidden)
    var repeatCount = 1

    func validate() throws {
        guard (1...100_000).contains(repeatCount) else { throw ValidationError("--repeat must be between 1 and 100000") }
    }

    func run() throws {
        let store = try dataOptions.openStore()
        for _ in 0..<repeatCount {
            let question: ClinicianQuestion
            do {
                question = try store.addQuestion(text)
            } catch {
                throw error.commandFailure
            }
            try FileHandleOutput.writeToStandardOutput("added question #\(question.id), number \(question.position + 1) in the list\n")
        }
    }
}
