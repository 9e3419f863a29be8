import ArgumentParser
import ArticleKit
import PersonalStore
import DecisionKit

/// `weigh decision rate TOPIC LEVEL`: how much a topic matters to you,
/// 1 (a little) to 4 (most); 0 clears the rating.
struct DecisionRateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate",
        abstract: "Rate how much a topic matters to you: 0 (clear) to 4 (most)."
    )

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("The topic's id (see 'weigh compare').", valueName: "topic"))
    var topic: String

    @Argument(help: ArgumentHelp("0 clears, 1 little, 2 some, 3 a lot, 4 most.", valueName: "level"))
    var level: Int

    @OptionGroup var repetition: RepeatOptions

    func validate() throws {
        guard Importance(rawValue: level) != nil else { throw ValidationError("LEVEL must be 0, 1, 2, 3 or 4") }
    }

    func run() throws {
        let library = try libraryOptions.load()
        LoadWarning.printIfNeeded(for: library)
        let found = try DecisionTargetLookup.topic(topic, in: library)
        let importance = Importance(rawValue: level) ?? .notRated
        let store = try dataOptions.openStore()
        for _ in 0..<repetition.count {
            do {
                try store.setImportance(importance, forTopic: found.id)
            } catch {
                throw error.commandFailure
            }
            // Unbuffered, so a line on stdout means the rating is committed.
            try FileHandleOutput.writeToStandardOutput(importance == .notRated
                ? "cleared the rating of \(found.id)\n"
                : "rated \(found.id): \(importance.words) (\(importance.rawValue))\n")
        }
    }
}
