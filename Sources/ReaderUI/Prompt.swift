import ArticleKit
import DecisionKit

/// A one-line text prompt in the status line (a bookmark's label, a note,
/// a question, a search). Enter accepts, Esc cancels; it edits a real line
/// of text as a shell does: ←/→, Home/End (Ctrl-A/Ctrl-E) move, Backspace
/// and Delete delete, Ctrl-U and Ctrl-K delete to the start and the end,
/// and a paste arrives as typed text. Wide characters count as one.
public struct Prompt: Hashable, Sendable {
    /// What the typed text is for.
    public enum Purpose: Hashable, Sendable {
        case newBookmark(position: ReadingPosition, sectionTitle: String?, excerpt: String)
        case rename(id: Int64)
        /// `/`: searching the open article as you type; where it started.
        case findInArticle(originTop: LinePosition)
        /// `F`: searching the whole library.
        case findInLibrary
        /// `/` in the contents, the comparison or the bookmarks: the
        /// selection jumps to the entries that match as you type.
        case findInPane(PaneFind)
        /// `a` / `A` in the comparison: a note on a claim or a topic.
        case note(NoteTarget)
        /// A question for the clinician, made from a claim or not.
        case question(ClaimSnapshot?)
        case editNote(id: Int64)
        case editQuestion(id: Int64)
        /// Where I stand: one key picks the leaning.
        case leaning
        /// The SURE check after a leaning: one y or n per question, the
        /// answers so far given.
        case sure(Leaning, answers: [Bool])
        /// y deletes the item; any other key keeps it.
        case confirmDelete(DecisionItem)

        /// Whether its text may be written in the person's editor
        /// (Ctrl-G): a note or a question, which can be long.
        public var takesLongText: Bool {
            switch self {
            case .note, .question, .editNote, .editQuestion: true
            default: false
            }
        }

        /// The most characters the store keeps for what it is for: a
        /// question is read out, a note may be long.
        public var storedLimit: Int {
            switch self {
            case .note, .editNote: PersonalNote.maximumLength
            default: ClinicianQuestion.maximumLength
            }
        }

        /// Whether one key answers it, rather than a line of text.
        public var isChoice: Bool {
            switch self {
            case .leaning, .sure, .confirmDelete: true
            default: false
            }
        }
    }

    /// The keys that pick a leaning, and what each says.
    public static let leaningKeys: [(key: Character, leaning: Leaning)] = [
        ("t", .towards), ("u", .unsure), ("a", .against), ("n", .undecided),
    ]

    static var leaningQuestion: String {
        "Where do you stand? " + leaningKeys.map { "\($0.key) \($0.leaning.words)" }.joined(separator: " · ")
    }

    /// The prompt for the SURE question after `answers`.
    static func sureQuestion(_ leaning: Leaning, answers: [Bool]) -> Prompt {
        let number = answers.count
        return Prompt(purpose: .sure(leaning, answers: answers),
                      question: "SURE \(number + 1)/4: \(SureAnswers.questions[number]) y/n (Esc saves without these)", text: "")
    }

    /// The most characters a label or a search may have.
    public static let maximumLength = 200
    /// The most a note or a question typed here may have (the store takes
    /// longer notes; this is one line of a status line).
    public static let maximumNoteLength = ClinicianQuestion.maximumLength

    /// What Enter does, as the status line says it.
    public var confirmation: String {
        switch purpose {
        case .newBookmark, .rename, .note, .question, .editNote, .editQuestion: "save"
        case .findInArticle, .findInLibrary, .findInPane: "search"
        case .leaning, .sure, .confirmDelete: ""
        }
    }

    public var purpose: Purpose
    public var question: String
    public private(set) var text: String
    /// Characters before the cursor.
    public private(set) var cursor: Int

    public init(purpose: Purpose, question: String, text: String) {
        self.purpose = purpose
        self.question = question
        self.text = text
        cursor = text.count
    }

    var limit: Int {
        switch purpose {
        case .note, .question, .editNote, .editQuestion: Self.maximumNoteLength
        default: Self.maximumLength
        }
    }

    /// Types pasted text at the cursor, as far as the limit allows. A
    /// prompt holds one line: each run of line breaks and tabs becomes one
    /// space.
    mutating func paste(_ pasted: String) {
        var previousWasBreak = false
        for character in pasted {
            guard text.count < limit else { return }
            let isBreak = character.isNewline || character == "\t"
            if isBreak && previousWasBreak { continue }
            previousWasBreak = isBreak
            edit(with: .character(isBreak ? " " : character))
        }
    }

    /// Applies an editing key (Enter and Esc are handled by the caller).
    mutating func edit(with key: Key) {
        cursor = min(max(0, cursor), text.count)
        let index = text.index(text.startIndex, offsetBy: cursor)
        switch key {
        case .character(let character):
            guard text.count < limit else { return }
            // A typed control or bidi character becomes its visible form
            // (or nothing); it never reaches the screen or the store raw.
            // Counted after inserting: a combining mark joins the
            // character before it, so the text may grow by less.
            let before = text.count
            text.insert(contentsOf: TextSanitizer.clean(String(character)), at: index)
            cursor = min(text.count, cursor + max(0, text.count - before))
        case .backspace:
            guard cursor > 0 else { return }
            text.remove(at: text.index(before: index))
            cursor -= 1
        case .delete, .control("d"):
            if index < text.endIndex { text.remove(at: index) }
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            text.removeSubrange(text.startIndex..<index)
            cursor = 0
        case .control("k"):
            text.removeSubrange(index...)
        default:
            break
        }
    }
}
