import ArticleKit

/// The person's decision, resolved against the library: the one value the
/// reader's "My decision" view, `weigh decision show` and the printable
/// summary render. Topics come rated first, the most important first (in
/// vocabulary order among equals), then the rest; each carries what the
/// sources say for and against and the person's notes on it. Bookmarks
/// (oldest first) and the sources with their provenance complete it.
/// Nothing here turns ratings or claims into a verdict.
public struct DecisionSummary: Hashable, Sendable {
    /// One topic: its rating, what the sources say, and notes on it.
    public struct TopicEntry: Hashable, Sendable {
        public var topic: Topic
        public var importance: Importance
        /// The topic's claims across the library (empty if none states any).
        public var comparison: TopicComparison?
        /// Notes on the topic itself.
        public var notes: [PersonalNote]
    }

    /// A note, with what it is about resolved.
    public struct NoteEntry: Hashable, Sendable {
        public enum Subject: Hashable, Sendable {
            case claim(ClaimStatus)
            /// The topic, or nil when the vocabulary no longer has it.
            case topic(id: String, Topic?)
            case bookmark(id: Int64)
        }

        public var note: PersonalNote
        public var subject: Subject
    }

    /// A question, with the claim it was made from resolved.
    public struct QuestionEntry: Hashable, Sendable {
        public var question: ClinicianQuestion
        public var claim: ClaimStatus?
    }

    /// A bookmark, with its article's title (nil when the library no
    /// longer has the article).
    public struct BookmarkEntry: Hashable, Sendable {
        public var bookmark: BookmarkExcerpt
        public var articleTitle: String?
    }

    public var topics: [TopicEntry]
    public var notes: [NoteEntry]
    public var questions: [QuestionEntry]
    /// Oldest first; the last is where the person stands now.
    public var stances: [StanceEntry]
    /// Oldest first.
    public var bookmarks: [BookmarkEntry] = []
    /// Every source the comparison numbers, for tags and the source list.
    public var sources: [ComparisonSource]
    /// Nothing recorded and no bookmark: the renderings then say only that.
    public var isEmpty: Bool

    public var currentStance: StanceEntry? { stances.last }
    public var ratedTopics: [TopicEntry] { topics.filter { $0.importance != .notRated } }

    /// The same summary without the topics not rated (`--rated-only`);
    /// notes on them stay in the notes.
    public var ratedOnly: DecisionSummary {
        var copy = self
        copy.topics = ratedTopics
        return copy
    }

    /// The bookmark a note is on, if it is still kept.
    public func bookmark(id: Int64) -> BookmarkEntry? {
        bookmarks.first { $0.bookmark.id == id }
    }

    /// Every piece of the person's text is cleaned here, as article text is
    /// when read, so no rendering can pass an escape sequence on, whatever
    /// the store holds.
    public static func build(records: DecisionRecords, library: Library, bookmarks: [BookmarkExcerpt] = []) -> DecisionSummary {
        let records = records.cleaned
        let comparison = Comparison.build(from: library, scope: .library)
        let claimsByRef = claims(in: comparison, forRefsOf: records)
        func status(_ snapshot: ClaimSnapshot) -> ClaimStatus {
            claimsByRef[snapshot.ref].map(ClaimStatus.current) ?? .changed(snapshot)
        }
        let byTopic = Dictionary(comparison.topics.map { ($0.topic.id, $0) }, uniquingKeysWith: { first, _ in first })
        var topics = library.topics.map { topic in
            TopicEntry(topic: topic, importance: records.importance[topic.id] ?? .notRated, comparison: byTopic[topic.id],
                       notes: records.notes.filter { $0.target == .topic(id: topic.id) })
        }
        // A rating on a topic the vocabulary no longer has is still shown.
        for (id, importance) in records.importance.sorted(by: { $0.key < $1.key }) where library.topic(withID: id) == nil && importance != .notRated {
            topics.append(TopicEntry(topic: Topic(id: id, title: id, question: ""), importance: importance, comparison: nil,
                                     notes: records.notes.filter { $0.target == .topic(id: id) }))
        }
        let order = Dictionary(topics.enumerated().map { ($1.topic.id, $0) }, uniquingKeysWith: { first, _ in first })
        topics.sort { ($0.importance, order[$1.topic.id] ?? 0) > ($1.importance, order[$0.topic.id] ?? 0) }
        let notes = records.notes.map { note -> NoteEntry in
            switch note.target {
            case .claim(let snapshot): NoteEntry(note: note, subject: .claim(status(snapshot)))
            case .topic(let id): NoteEntry(note: note, subject: .topic(id: id, library.topic(withID: id)))
            case .bookmark(let id): NoteEntry(note: note, subject: .bookmark(id: id))
            }
        }
        let questions = records.questions.sorted { ($0.position, $0.id) < ($1.position, $1.id) }
            .map { QuestionEntry(question: $0, claim: $0.claim.map(status)) }
        let bookmarkEntries = bookmarks.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }.map { bookmark in
            var bookmark = bookmark
            bookmark.label = bookmark.label.map { TextSanitizer.clean($0) }
            bookmark.sectionTitle = bookmark.sectionTitle.map { TextSanitizer.clean($0) }
            bookmark.excerpt = TextSanitizer.clean(bookmark.excerpt)
            return BookmarkEntry(bookmark: bookmark, articleTitle: library.article(withID: bookmark.articleID)?.title)
        }
        return DecisionSummary(topics: topics, notes: notes, questions: questions,
                               stances: records.stances.sorted { ($0.recordedAt, $0.id) < ($1.recordedAt, $1.id) },
                               bookmarks: bookmarkEntries, sources: comparison.sources,
                               isEmpty: records.isEmpty && bookmarks.isEmpty)
    }

    /// The comparison's claims that `records` point at, by reference. A
    /// reference is "article/topic/" and eight hex digits, so only claims
    /// of an article whose id begins one of those references (before any
    /// of its slashes) are given theirs: a library of 10,000 articles has
    /// 60,000 claims; notes point at a few.
    static func claims(in comparison: Comparison, forRefsOf records: DecisionRecords) -> [String: ComparedClaim] {
        var refs = Set(records.notes.compactMap { note -> String? in
            if case .claim(let snapshot) = note.target { return snapshot.ref }
            return nil
        })
        refs.formUnion(records.questions.compactMap { $0.claim?.ref })
        guard !refs.isEmpty else { return [:] }
        var articles: Set<Substring> = []
        for ref in refs {
            for slash in ref.indices where ref[slash] == "/" { articles.insert(ref[..<slash]) }
        }
        var found: [String: ComparedClaim] = [:]
        for topic in comparison.topics {
            for group in [topic.benefits, topic.risks, topic.precautions] {
                for claim in group where articles.contains(Substring(claim.articleID)) {
                    let ref = claim.ref
                    if refs.contains(ref), found[ref] == nil { found[ref] = claim }
                }
            }
        }
        return found
    }
}
