import ArgumentParser
import PersonalStore
import DecisionKit

/// `weigh decision move ID NUMBER`: puts a question at a place in the
/// list, counted from 1 as the summary numbers them.
struct DecisionMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Put a question at a place in your list (1 is first)."
    )

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("The question's id (from 'weigh decision show --format json').", valueName: "id"))
    var id: Int64

    @Argument(help: ArgumentHelp("Its new place, from 1; past the end puts it last.", valueName: "number"))
    var number: Int

    func validate() throws {
        guard number >= 1 else { throw ValidationError("the place is counted from 1") }
    }

    func run() throws {
        let store = try dataOptions.openStore()
        let questions: [ClinicianQuestion]
        do {
            questions = try store.moveQuestion(id: id, to: number - 1)
        } catch {
            throw error.commandFailure
        }
        let place = (questions.firstIndex { $0.id == id } ?? 0) + 1
        try FileHandleOutput.writeToStandardOutput("question #\(id) is number \(place) of \(questions.count)\n")
    }
}
