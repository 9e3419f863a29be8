import ArgumentParser
import PersonalStore
import ArticleKit
import DecisionKit

/// `weigh decision note REF TEXT`: a note on a claim (by its `ref` from
/// `weigh compare --format json`, kept with the claim as written), on a
/// topic, or on a bookmark (`bookmark:ID`).
struct DecisionNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Write a note on a claim (its ref, from 'weigh compare --format json'), a topic, or a bookmark (bookmark:ID)."
    )

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("A claim's ref, a topic id, or bookmark:ID.", valueName: "ref"))
    var reference: String

    @Argument(help: ArgumentHelp("The note (up to 100000 characters).", valueName: "text"))
    var text: String

    @OptionGroup var repetition: RepeatOptions

    func run() throws {
        let store: PersonalDatabase
        let target: NoteTarget
        if reference.hasPrefix("bookmark:") {
            guard let id = Self.bookmarkID(reference) else {
                throw CommandFailure("'\(TextSanitizer.clean(reference))': bookmark:ID takes a bookmark's number, as 'weigh bookmarks list' shows it")
            }
            store = try dataOptions.openStore()
            guard (try? store.bookmark(id: id)) != nil else {
                throw CommandFailure("no bookmark #\(id); 'weigh bookmarks list' shows them")
            }
            target = .bookmark(id: id)
        } else {
            let library = try libraryOptions.load()
            LoadWarning.printIfNeeded(for: library)
            target = try DecisionTargetLookup.noteTarget(reference, in: library)
            store = try dataOptions.openStore()
        }
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

    /// The id in `bookmark:ID` (a topic id or a claim's ref has no colon).
    static func bookmarkID(_ reference: String) -> Int64? {
        guard reference.hasPrefix("bookmark:") else { return nil }
        return Int64(reference.dropFirst("bookmark:".count))
    }

    static func describe(_ target: NoteTarget) -> String {
        switch target {
        case .claim(let claim): "claim \(claim.ref)"
        case .topic(let id): "topic \(id)"
        case .bookmark(let id): "bookmark #\(id)"
        }
    }
}
