import ArticleKit

/// A one-line text prompt in the status line (a bookmark's label, a new
/// name). Enter accepts, Esc cancels, Backspace deletes.
public struct Prompt: Hashable, Sendable {
    /// What the typed text is for.
    public enum Purpose: Hashable, Sendable {
        case newBookmark(position: ReadingPosition, sectionTitle: String?, excerpt: String)
        case rename(id: Int64)
        /// `/`: searching the open article as you type; where it started.
        case findInArticle(originTop: LinePosition)
        /// `F`: searching the whole library.
        case findInLibrary
    }

    public static let maximumLength = 200

    /// What Enter does, as the status line says it.
    public var confirmation: String {
        switch purpose {
        case .newBookmark, .rename: "save"
        case .findInArticle, .findInLibrary: "search"
        }
    }

    public var purpose: Purpose
    public var question: String
    public var text: String

    public init(purpose: Purpose, question: String, text: String) {
        self.purpose = purpose
        self.question = question
        self.text = text
    }

    /// Applies an editing key (Enter and Esc are handled by the caller).
    mutating func edit(with key: Key) {
        switch key {
        case .character(let character):
            guard text.count < Self.maximumLength else { return }
            // A typed control or bidi character becomes its visible form
            // (or nothing); it never reaches the screen or the store raw.
            text += TextSanitizer.clean(String(character))
        case .backspace, .delete:
            if !text.isEmpty { text.removeLast() }
        case .control("u"):
            text = ""
        default:
            break
        }
    }
}
