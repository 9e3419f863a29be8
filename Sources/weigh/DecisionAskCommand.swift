import ArgumentParser
import PersonalStore
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

    @OptionGroup var repetition: RepeatOptions

    func run() throws {
        let store = try dataOptions.openStore()
        for _ in 0..<repetition.count {
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
