import ArgumentParser
import PersonalStore
import DecisionKit

/// `weigh decision delete note|question ID`: deletes one note or question
/// (the questions after it move up).
struct DecisionDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a note or a question (ids from 'weigh decision show --format json').",
        discussion: "'weigh export' first keeps a copy of everything personal."
    )

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("note or question.", valueName: "kind"))
    var kind: DecisionRecordKind

    @Argument(help: ArgumentHelp("Its id.", valueName: "id"))
    var id: Int64

    func run() throws {
        let store = try dataOptions.openStore()
        let deleted: Bool
        do {
            switch kind {
            case .note: deleted = try store.deleteNote(id: id) != nil
            case .question: deleted = try store.deleteQuestion(id: id) != nil
            }
        } catch {
            throw error.commandFailure
        }
        guard deleted else { throw CommandFailure("no \(kind.rawValue) #\(id); 'weigh decision show --format json' lists them") }
        try FileHandleOutput.writeToStandardOutput("deleted \(kind.rawValue) #\(id)\n")
    }
}
