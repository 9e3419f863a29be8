import ArgumentParser
import BookmarkStore
import DecisionKit

/// `weigh decision note REF TEXT`: a note on a claim (by its `ref` from
/// `weigh compare --format json`, kept with the claim as written) or on a
/// topic.
struct DecisionNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Write a note on a claim (its ref, from 'weigh compare --format json') or a topic."
    )

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("A claim's ref, or a topic id.", valueName: "ref"))
    var reference: String

    @Argument(help: ArgumentHelp("The note (up to 100000 characters).", valueName: "text"))
    var text: String

    @OptionGroup var repetition: RepeatOptions

    func run() throws {
        let library = try libraryOptions.load()
        LoadWarning.printIfNeeded(for: library)
        let target = try DecisionTargetLookup.noteTarget(reference, in: library)
        let store = try dataOptions.openStore()
        for _ in 0..<repetition.count {
            let note: PersonalNote
            do {
                note = try store.addNote(text, on: target)
            } catch {
                throw error.commandFailure
            }
            // Unbuffered, so a line on stdout means the note is committed.
            try FileHandleOutput.writeToStandardOutput("added note #\(note.id) on \(Self.describe(note.target))\n")
        }
    }

    static func describe(_ target: NoteTarget) -> String {
        switch target {
        case .claim(let claim): "claim \(claim.ref)"
        case .topic(let id): "topic \(id)"
        case .bookmark(let id): "bookmark #\(id)"
        }
    }
}
