import ArticleKit
import DecisionKit

/// Everything a person can ask the reader to do. Keys map to actions
/// through the `Keymap`; mouse and resize events become actions directly.
/// What background work and the store report back is a `Report`.
public enum Action: Hashable, Sendable {
    case lineDown, lineUp
    case pageDown, pageUp
    case halfPageDown, halfPageUp
    case top, bottom
    case nextSection, previousSection
    case focusNext, focusPrevious
    case open
    case collapse, expand
    case toggleContents
    case toggleComparison
    case switchComparisonScope
    case filterTopic
    /// Rate how much the selected claim's topic matters (`notRated` clears).
    case rateTopic(Importance)
    /// Topics in vocabulary order, or the ones that matter most first.
    case toggleTopicOrder
    /// Write a note on the selected claim, or on its topic.
    case writeNote
    case writeTopicNote
    /// Write a question for the clinician about the selected claim.
    case askAboutClaim
    /// From an article opened by a claim, back to the comparison.
    case back
    case find
    case findNext
    case findPrevious
    case findInLibrary
    case closeResults
    case addBookmark
    case toggleBookmarks
    case deleteBookmark
    case undoDelete
    case renameBookmark
    /// A key typed while a prompt is open.
    case promptKey(Key)
    /// Text pasted (bracketed paste): into the prompt if one is open.
    case paste(String)
    case showHelp
    /// Offer the links on screen (the article's lines in view).
    case showLinks
    /// In the links offered: follow the one with this number (from 1). A
    /// binding with no number takes it from its key (a digit).
    case chooseLink(number: Int?)
    /// Open "My decision" over the panes.
    case showDecision
    /// In "My decision": change the selected note or question, or say
    /// where I stand anew.
    case editItem
    /// In "My decision": delete the selected note or question (asks first).
    case deleteItem
    /// In "My decision": move the selected question later or earlier.
    case moveItemDown, moveItemUp
    /// Say where I stand: a leaning, then the SURE check.
    case setLeaning
    /// Write a new question for the clinician.
    case newQuestion
    /// Write the printable summary (HTML) to a file.
    case writeSummary
    /// Open the article being read (or selected in the contents) in the
    /// person's editor, at the place shown.
    case editArticle
    case closeOverlay
    case quit
    case resize(Size)
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, lines: Int)
}
