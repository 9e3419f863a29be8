import ArticleKit
import DecisionKit
import Foundation
import ReaderUI

/// `weigh`'s bookmark store in memory, for tests and fuzzers that run the
/// reader without SQLite. It carries out the reader's `Effect`s as
/// `ReaderStoreEffects` does over `PersonalDatabase`, and answers with the
/// same reports (the new list, the same notices), so what a test sees on
/// screen is what a person would see. What must stay as in the real store:
///
/// - ids are given in increasing order and never reused, so a deleted
///   bookmark restored on undo gets its own id back and cannot overwrite
///   another; restoring replaces whatever has that id;
/// - the list is newest first (creation time, then id), as
///   `allBookmarks()` returns it;
/// - every string kept is cleaned as `BookmarkText` cleans it: terminal
///   controls made harmless, white space collapsed, lengths capped, and a
///   label or section title that ends up empty is nil;
/// - an empty article id or a place out of range is refused with the
///   store's message, and renaming a bookmark that is not there says so.
///
/// Where it is simpler: every reading position is kept as soon as it is
/// saved (the real store writes those made while reading at most every
/// few seconds); `writes` lists the ones the reader asked to be written at
/// once (leaving an article, quitting). Creation times are not the clock's
/// but one second apart, so a run draws the same screens every time.
public final class MemoryPersonalStore {
    /// The bookmarks, newest first.
    public private(set) var bookmarks: [BookmarkEntry]
    /// The last reading position saved for each article.
    public private(set) var positions: [String: ReadingPosition]
    /// The positions the reader asked to be written at once, in order.
    public private(set) var writes: [ReadingPosition] = []
    /// Every effect carried out, in order, for a test that checks what the
    /// reader asked for before the store cleaned it.
    public private(set) var performed: [Effect] = []
    /// The person's decision records (ratings so far).
    public private(set) var records = DecisionRecords()
    /// What the person's editor gives back when a prompt's text is opened
    /// in it (`Effect.editInEditor`); nil as when no editor is set.
    public var editorText: String?
    private var nextID: Int64
    /// The next id of each kind of decision record: as in SQLite's
    /// AUTOINCREMENT, an id is never given twice, even after the record
    /// holding the highest one is deleted.
    private var nextNoteID: Int64 = 1
    private var nextQuestionID: Int64 = 1
    private var nextStanceID: Int64 = 1

    /// A store holding `bookmarks` and `positions`; new bookmarks get ids
    /// after the highest one given.
    public init(bookmarks: [BookmarkEntry] = [], positions: [String: ReadingPosition] = [:]) {
        self.bookmarks = Self.newestFirst(bookmarks)
        self.positions = positions
        nextID = (bookmarks.map(\.id).max() ?? 0) + 1
    }

    /// Carries out `effect` and answers as `weigh`'s store does.
    public func perform(_ effect: Effect) -> [Report] {
        performed.append(effect)
        switch effect {
        case .quit, .loadInBackground, .buildSearchIndex, .editArticle:
            return []
        case .rateTopic(let id, let importance):
            records.importance[id] = importance == .notRated ? nil : importance
            return [.recordsChanged(records), .notice(importance == .notRated ? "Rating cleared" : "Saved: \(importance.words)")]
        case .addNote(let text, let target):
            let id = nextNoteID
            nextNoteID += 1
            let now = Date(timeIntervalSinceReferenceDate: Double(id))
            records.notes.append(PersonalNote(id: id, target: target, text: Self.noteText(text), createdAt: now, updatedAt: now))
            return [.recordsChanged(records), .notice("Note saved")]
        case .addQuestion(let text, let claim):
            let id = nextQuestionID
            nextQuestionID += 1
            records.questions.append(ClinicianQuestion(id: id, text: TextSanitizer.clean(text), position: records.questions.count,
                                                       claim: claim, createdAt: Date(timeIntervalSinceReferenceDate: Double(id))))
            return [.recordsChanged(records), .notice("Question saved")]
        case .editNote(let id, let text):
            guard let index = records.notes.firstIndex(where: { $0.id == id }) else { return [.notice("Note not saved: no note #\(id)")] }
            records.notes[index].text = Self.noteText(text)
            return [.recordsChanged(records), .notice("Note saved")]
        case .deleteNote(let id):
            records.notes.removeAll { $0.id == id }
            return [.recordsChanged(records), .notice("Note deleted")]
        case .editQuestion(let id, let text):
            guard let index = records.questions.firstIndex(where: { $0.id == id }) else { return [.notice("Question not saved: no question #\(id)")] }
            records.questions[index].text = TextSanitizer.clean(text)
            return [.recordsChanged(records), .notice("Question saved")]
        case .moveQuestion(let id, let position):
            var ordered = records.questions.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
            guard let index = ordered.firstIndex(where: { $0.id == id }) else { return [.notice("Question not moved: no question #\(id)")] }
            let question = ordered.remove(at: index)
            ordered.insert(question, at: min(max(0, position), ordered.count))
            records.questions = ordered.enumerated().map { place, question in
                var question = question
                question.position = place
                return question
            }
            return [.recordsChanged(records)]
        case .deleteQuestion(let id):
            records.questions = records.questions.filter { $0.id != id }
                .sorted { ($0.position, $0.id) < ($1.position, $1.id) }
                .enumerated().map { place, question in
                    var question = question
                    question.position = place
                    return question
                }
            return [.recordsChanged(records), .notice("Question deleted")]
        case .editInEditor(let prompt):
            guard let editorText else {
                return [.editorFinished(EditorOutcome(prompt: prompt, text: nil, problem: EditorOutcome.noEditor))]
            }
            return [.editorFinished(EditorOutcome(prompt: prompt, text: editorText))]
        case .openLink(let url):
            // Opening is `weigh`'s to do (`WebBrowser`).
            return [.notice("Opened \(url) (in memory)")]
        case .writeSummary:
            // The page itself is `weigh`'s to write (`SummaryFile`).
            return [.notice("Summary written (in memory)")]
        case .recordStance(let leaning, let sure):
            let id = nextStanceID
            nextStanceID += 1
            records.stances.append(StanceEntry(id: id, leaning: leaning, sure: sure, recordedAt: Date(timeIntervalSinceReferenceDate: Double(id) * 86_400)))
            return [.recordsChanged(records), .notice("Saved: \(leaning.words)" + (sure == nil ? "" : ", with the SURE check"))]
        case .saveReadingPosition(let position, let now):
            positions[position.articleID] = position
            if now { writes.append(position) }
            return []
        case .addBookmark(let position, let section, let excerpt, let label):
            do {
                let entry = try add(at: position, sectionTitle: section, excerpt: excerpt, label: label)
                return [.bookmarksChanged(bookmarks), .notice("Bookmarked “\(entry.name)” — ' lists bookmarks")]
            } catch {
                return [.notice(error.message)]
            }
        case .deleteBookmark(let id):
            bookmarks.removeAll { $0.id == id }
            return [.bookmarksChanged(bookmarks)]
        case .restoreBookmark(let entry):
            do {
                var restored = entry
                restored.position = try Self.checked(entry.position)
                restored.sectionTitle = Self.optional(entry.sectionTitle, limit: Self.maximumSectionTitleLength)
                restored.excerpt = Self.capped(entry.excerpt, limit: Self.maximumExcerptLength)
                restored.label = Self.optional(entry.label, limit: Self.maximumLabelLength)
                bookmarks.removeAll { $0.id == entry.id }
                bookmarks = Self.newestFirst(bookmarks + [restored])
                nextID = max(nextID, entry.id + 1)
                return [.bookmarksChanged(bookmarks)]
            } catch {
                return [.notice(error.message)]
            }
        case .renameBookmark(let id, let label):
            guard let index = bookmarks.firstIndex(where: { $0.id == id }) else { return [.notice("no bookmark #\(id)")] }
            bookmarks[index].label = Self.optional(label, limit: Self.maximumLabelLength)
            return [.bookmarksChanged(bookmarks), .notice("Renamed to “\(bookmarks[index].name)”")]
        }
    }

    /// Keeps a new bookmark, cleaned and checked as the real store's `add`
    /// does, and returns it as kept.
    @discardableResult
    public func add(at position: ReadingPosition, sectionTitle: String?, excerpt: String, label: String?) throws(Refusal) -> BookmarkEntry {
        let newest = bookmarks.map(\.createdAt).max()
        let entry = BookmarkEntry(
            id: nextID, position: try Self.checked(position),
            sectionTitle: Self.optional(sectionTitle, limit: Self.maximumSectionTitleLength),
            excerpt: Self.capped(excerpt, limit: Self.maximumExcerptLength), label: Self.optional(label, limit: Self.maximumLabelLength),
            createdAt: max(Date(timeIntervalSinceReferenceDate: Double(nextID)), newest.map { $0 + 1 } ?? .distantPast))
        nextID += 1
        bookmarks = Self.newestFirst(bookmarks + [entry])
        return entry
    }

    /// Why the store would not keep a bookmark, in its words.
    public struct Refusal: Error {
        public var message: String
    }

    // The real store's limits (`BookmarkText`).
    static let maximumArticleIDLength = 200
    static let maximumSectionTitleLength = 300
    static let maximumExcerptLength = 300
    static let maximumLabelLength = 200
    static let maximumPosition = 100_000_000

    static func newestFirst(_ entries: [BookmarkEntry]) -> [BookmarkEntry] {
        entries.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
    }

    /// A note as the store keeps it: line breaks kept, every other control
    /// made visible, white space at either end removed.
    static func noteText(_ text: String) -> String {
        TextSanitizer.clean(text.replacing("\r\n", with: "\n"), keepNewlines: true).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func clean(_ text: String) -> String {
        TextSanitizer.clean(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func capped(_ text: String, limit: Int) -> String {
        String(clean(text).prefix(limit))
    }

    /// Cleaned and capped, and nil rather than empty.
    static func optional(_ text: String?, limit: Int) -> String? {
        text.map { capped($0, limit: limit) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The position with its article id cleaned, or why it cannot be kept.
    static func checked(_ position: ReadingPosition) throws(Refusal) -> ReadingPosition {
        let range = 0...maximumPosition
        guard range.contains(position.blockIndex), range.contains(position.offset) else {
            throw Refusal(message: "cannot save this bookmark: block index and offset must be between 0 and \(maximumPosition)")
        }
        let articleID = clean(position.articleID)
        guard !articleID.isEmpty else { throw Refusal(message: "cannot save this bookmark: the article id is empty") }
        guard articleID.count <= maximumArticleIDLength else {
            throw Refusal(message: "cannot save this bookmark: the article id is longer than \(maximumArticleIDLength) characters")
        }
        return ReadingPosition(articleID: articleID, blockIndex: position.blockIndex, offset: position.offset)
    }
}
