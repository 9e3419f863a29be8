import ArgumentParser
import PersonalStore
import DecisionKit

/// `weigh decision lean LEANING [--sure YNYN]`: records where you stand
/// now, with the date; earlier entries are kept.
struct DecisionLeanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lean",
        abstract: "Record where you stand now: towards, unsure, against or undecided.",
        discussion: "--sure takes your answers to the four SURE questions, Y or N each, in order:\n"
            + SureAnswers.questions.enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n")
    )

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("towards, unsure, against or undecided.", valueName: "leaning"))
    var leaning: String

    @Option(name: .long, help: ArgumentHelp("Your SURE answers as four letters, such as YNYN.", valueName: "answers"))
    var sure: String?

    func validate() throws {
        guard Leaning(rawValue: leaning.lowercased()) != nil else {
            throw ValidationError("LEANING must be \(Leaning.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let sure, SureAnswers(letters: sure) == nil {
            throw ValidationError("--sure must be four letters, Y or N each, such as YNYN")
        }
    }

    func run() throws {
        let leaning = Leaning(rawValue: leaning.lowercased()) ?? .undecided
        let store = try dataOptions.openStore()
        let entry: StanceEntry
        do {
            entry = try store.recordStance(leaning, sure: sure.flatMap(SureAnswers.init(letters:)))
        } catch {
            throw error.commandFailure
        }
        let answers = entry.sure.map { " (SURE \($0.letters))" } ?? ""
        try FileHandleOutput.writeToStandardOutput("recorded on \(DecisionDates.day(entry.recordedAt)): \(leaning.words)\(answers)\n")
    }
}
