import ArgumentParser
import PersonalStore
import DecisionKit

/// `weigh decision edit note|question ID TEXT`: replaces what a note or a
/// question says; a note stays on what it was written on.
struct DecisionEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change what a note or a question says (ids from 'weigh decision show --format json')."
    )

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("note or question.", valueName: "kind"))
    var kind: DecisionRecordKind

    @Argument(help: ArgumentHelp("Its id.", valueName: "id"))
    var id: Int64

    @Argument(help: ArgumentHelp("The new text.", valueName: "text"))
    var text: String

    func run() throws {
        let store = try dataOptions.openStore()
        do {
            switch kind {
            case .note: _ = try store.editNote(id: id, text: text)
            case .question: _ = try store.editQuestion(id: id, text: text)
            }
        } catch {
            throw error.commandFailure
        }
        try FileHandleOutput.writeToStandardOutput("changed \(kind.rawValue) #\(id)\n")
    }
}
