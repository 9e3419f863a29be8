import ArticleKit
import PersonalStore
import DecisionKit
import Foundation
import ReaderUI
import SummaryPage

/// Carries out the reader's bookmark and reading-position effects on the
/// bookmark store, and answers with the reports the reader needs (the new
/// list of bookmarks, a confirmation, or why something failed). Positions
/// are written at most every few seconds while reading, and at once when
/// an article is left or the reader quits. A position that cannot be
/// saved (a full disk) is said once, not every few seconds while reading;
/// it is tried again with the next move. The store may still be opening
/// when the reader starts (`ReaderStoreOpening`): a bookmark waits for it,
/// a position saved while reading is kept until it is open.
final class ReaderStoreEffects {
    static let positionInterval: TimeInterval = 3

    private let opening: ReaderStoreOpening
    /// What opening the store found, once it was waited for.
    private var opened: ReaderStoreOpening.Opened?
    private var store: PersonalDatabase? {
        if opened == nil { opened = opening.wait() }
        return opened?.store
    }
    private var lastPositionWrite = Date.distantPast
    private var unsavedPosition: ReadingPosition?
    /// The last failure to save a position that was shown, until a save
    /// succeeds.
    private var shownPositionFailure: String?

    /// Where summaries are written (`SummaryFile`).
    private let dataFolder: URL

    init(opening: ReaderStoreOpening, dataFolder: URL) {
        self.opening = opening
        self.dataFolder = dataFolder
    }

    /// The store's bookmarks as the reader shows them.
    func entries() -> [BookmarkEntry] {
        guard let store, let bookmarks = try? store.allBookmarks() else { return [] }
        return bookmarks.map(Self.entry)
    }

    static func entry(_ bookmark: Bookmark) -> BookmarkEntry {
        BookmarkEntry(id: bookmark.id, position: bookmark.position, sectionTitle: bookmark.sectionTitle,
                      excerpt: bookmark.excerpt, label: bookmark.label, createdAt: bookmark.createdAt)
    }

    func perform(_ effect: Effect) -> [Report] {
        // A position saved while reading does not make the reader wait for
        // the store to open; it is written with a later one.
        if case .saveReadingPosition(let position, now: false) = effect, !opening.isOpen {
            unsavedPosition = position
            return []
        }
        if case .writeSummary(let summary) = effect { return [writeSummary(summary)] }
        guard let store else { return [] }
        let failed = Self.failureNotice(for: effect)
        do {
            switch effect {
            case .quit, .loadInBackground, .buildSearchIndex, .writeSummary, .editInEditor, .editArticle, .openLink:
                return []
            case .saveReadingPosition(let position, let now):
                unsavedPosition = position
                guard now || Date().timeIntervalSince(lastPositionWrite) >= Self.positionInterval else { return [] }
                do {
                    try flush()
                    shownPositionFailure = nil
                    return []
                } catch {
                    lastPositionWrite = Date()  // try again after the interval, not on every key
                    let notice = failed(error)
                    guard notice != shownPositionFailure else { return [] }
                    shownPositionFailure = notice
                    return [.notice(notice)]
                }
            case .rateTopic(let id, let importance):
                try store.setImportance(importance, forTopic: id)
                let notice = importance == .notRated ? "Rating cleared" : "Saved: \(importance.words)"
                return [.recordsChanged(try store.decisionRecords()), .notice(notice)]
            case .addNote(let text, let target):
                _ = try store.addNote(text, on: target)
                return [.recordsChanged(try store.decisionRecords()), .notice("Note saved")]
            case .addQuestion(let text, let claim):
                _ = try store.addQuestion(text, claim: claim)
                return [.recordsChanged(try store.decisionRecords()), .notice("Question saved")]
            case .editNote(let id, let text):
                _ = try store.editNote(id: id, text: text)
                return [.recordsChanged(try store.decisionRecords()), .notice("Note saved")]
            case .deleteNote(let id):
                _ = try store.deleteNote(id: id)
                return [.recordsChanged(try store.decisionRecords()), .notice("Note deleted")]
            case .editQuestion(let id, let text):
                _ = try store.editQuestion(id: id, text: text)
                return [.recordsChanged(try store.decisionRecords()), .notice("Question saved")]
            case .moveQuestion(let id, let position):
                _ = try store.moveQuestion(id: id, to: position)
                return [.recordsChanged(try store.decisionRecords())]
            case .deleteQuestion(let id):
                _ = try store.deleteQuestion(id: id)
                return [.recordsChanged(try store.decisionRecords()), .notice("Question deleted")]
            case .recordStance(let leaning, let sure):
                let entry = try store.recordStance(leaning, sure: sure)
                return [.recordsChanged(try store.decisionRecords()), .notice("Saved: \(entry.leaning.words)" + (sure == nil ? "" : ", with the SURE check"))]
            case .addBookmark(let position, let section, let excerpt, let label):
                let bookmark = try store.add(at: position, sectionTitle: section, excerpt: excerpt, label: label)
                return [.bookmarksChanged(entries()), .notice("Bookmarked “\(Self.entry(bookmark).name)” — ' lists bookmarks")]
            case .deleteBookmark(let id):
                try store.delete(id: id)
                return [.bookmarksChanged(entries())]
            case .restoreBookmark(let entry):
                try store.restore(Bookmark(id: entry.id, articleID: entry.position.articleID, blockIndex: entry.position.blockIndex,
                                           offset: entry.position.offset, sectionTitle: entry.sectionTitle, excerpt: entry.excerpt,
                                           label: entry.label, createdAt: entry.createdAt))
                return [.bookmarksChanged(entries())]
            case .renameBookmark(let id, let label):
                let renamed = try store.rename(id: id, to: label)
                return [.bookmarksChanged(entries()), .notice("Renamed to “\(Self.entry(renamed).name)”")]
            }
        } catch {
            return [.notice(failed(error))]
        }
    }

    /// What to say in the status line when `effect` fails. The reason
    /// comes before the path: the status line gives a message about half
    /// its width, and "the disk is full" must be what stays in view.
    static func failureNotice(for effect: Effect) -> (PersonalStoreError) -> String {
        let what = switch effect {
        case .saveReadingPosition, .quit, .loadInBackground, .buildSearchIndex, .writeSummary, .editInEditor, .editArticle, .openLink: "Reading position not saved"
        case .addBookmark, .restoreBookmark: "Bookmark not saved"
        case .deleteBookmark: "Bookmark not deleted"
        case .renameBookmark: "New label not saved"
        case .rateTopic: "Rating not saved"
        case .addNote, .editNote: "Note not saved"
        case .deleteNote: "Note not deleted"
        case .addQuestion, .editQuestion: "Question not saved"
        case .moveQuestion: "Question not moved"
        case .deleteQuestion: "Question not deleted"
        case .recordStance: "Where you stand not saved"
        }
        return { error in
            guard case .cannotSave(let path, let reason) = error else { return error.description }
            return "\(what): \(reason) (\(path))"
        }
    }

    /// Writes the printable summary and says where, the path first so a
    /// narrow status line keeps it (the home folder written `~`).
    func writeSummary(_ summary: DecisionSummary) -> Report {
        let now = Date()
        do {
            let url = try SummaryFile.write(SummaryHTML.render(summary, date: CalendarDay.string(now)), dataFolder: dataFolder, date: now)
            var path = url.path
            if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, path.hasPrefix(home + "/") {
                path = "~" + path.dropFirst(home.count)
            }
            return .notice("Written: \(path)")
        } catch {
            return .notice("Summary not written: \(error.description)")
        }
    }

    /// Writes the newest position not yet written.
    func flush() throws(PersonalStoreError) {
        guard let store, let position = unsavedPosition else { return }
        try store.saveReadingPosition(position)
        unsavedPosition = nil
        lastPositionWrite = Date()
    }
}
