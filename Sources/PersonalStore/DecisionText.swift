import ArticleKit
import DecisionKit

/// The limits and clean-up every decision record's text goes through,
/// with the same rules as article text (`TextSanitizer`): terminal
/// controls and escape sequences become visible symbols, so nothing the
/// person typed or imported can drive the terminal. Too-long text is
/// refused with a message, never cut short: a note is the person's own
/// words.
enum DecisionText {
    static let maximumNoteLength = PersonalNote.maximumLength
    static let maximumQuestionLength = ClinicianQuestion.maximumLength
    /// Topic ids and claim references (`ARTICLE/TOPIC/xxxxxxxx`).
    static let maximumIdentifierLength = 500
    /// A claim's text as kept with a note; claims are a sentence or two.
    static let maximumClaimTextLength = 5_000
    /// A claim's stance, topic, article id and title as kept with a note.
    static let maximumClaimFieldLength = 300

    /// A note as stored: line breaks kept (a note may have paragraphs),
    /// every other control made visible, blank lines at either end
    /// removed. Throws when it is empty or too long.
    static func note(_ text: String) throws(PersonalStoreError) -> String {
        let lines = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        let cleaned = TextSanitizer.clean(lines, keepNewlines: true).trimmingWhitespace()
        guard !cleaned.isEmpty else { throw .invalidRecord("the note is empty") }
        guard cleaned.count <= maximumNoteLength else {
            throw .invalidRecord("the note is longer than \(maximumNoteLength) characters (\(cleaned.count))")
        }
        return cleaned
    }

    /// A question as stored: one line, cleaned; throws when empty or too long.
    static func question(_ text: String) throws(PersonalStoreError) -> String {
        let cleaned = BookmarkText.clean(text)
        guard !cleaned.isEmpty else { throw .invalidRecord("the question is empty") }
        guard cleaned.count <= maximumQuestionLength else {
            throw .invalidRecord("the question is longer than \(maximumQuestionLength) characters (\(cleaned.count))")
        }
        return cleaned
    }

    /// A topic id or claim reference; `what` names it in the message.
    static func identifier(_ text: String, _ what: String) throws(PersonalStoreError) -> String {
        let cleaned = BookmarkText.clean(text)
        guard !cleaned.isEmpty else { throw .invalidRecord("the \(what) is empty") }
        guard cleaned.count <= maximumIdentifierLength else {
            throw .invalidRecord("the \(what) is longer than \(maximumIdentifierLength) characters")
        }
        return cleaned
    }

    /// A claim as kept with a note or question: every field cleaned and
    /// capped (it comes from the library, whose text is already clean).
    static func claim(_ claim: ClaimSnapshot) throws(PersonalStoreError) -> ClaimSnapshot {
        func field(_ text: String) -> String { String(BookmarkText.clean(text).prefix(maximumClaimFieldLength)) }
        return ClaimSnapshot(
            ref: try identifier(claim.ref, "claim reference"),
            text: String(BookmarkText.clean(claim.text).prefix(maximumClaimTextLength)),
            stance: field(claim.stance), topicID: field(claim.topicID),
            articleID: field(claim.articleID), articleTitle: field(claim.articleTitle))
    }
}

extension String {
    /// Without white space or line breaks at either end.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
