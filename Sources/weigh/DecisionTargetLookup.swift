import ArticleKit
import DecisionKit

/// Finds what a command line names — a topic id, or a claim's reference
/// as `weigh compare --format json` prints it — in the loaded library, or
/// fails with one line naming it and the closest match.
enum DecisionTargetLookup {
    static func topic(_ id: String, in library: Library) throws -> Topic {
        if let topic = library.topic(withID: id) { return topic }
        let ids = library.topics.map(\.id)
        let hint = Suggestion.closest(to: id, among: ids).map { "did you mean '\($0)'?" } ?? "topics: \(ids.joined(separator: ", "))"
        throw CommandFailure("no topic '\(TextSanitizer.clean(id))'; \(hint)")
    }

    /// A note's target: the topic with this id, or the claim with this
    /// reference, kept as written now.
    static func noteTarget(_ reference: String, in library: Library) throws -> NoteTarget {
        if library.topic(withID: reference) != nil { return .topic(id: reference) }
        var references: [String] = []
        for article in library.articles {
            for (ref, claim) in article.claimReferences {
                if ref == reference {
                    return .claim(ClaimSnapshot(ref: ref, text: claim.text, stance: claim.stance.rawValue, topicID: claim.topicID,
                                                articleID: article.id, articleTitle: article.title))
                }
                references.append(ref)
            }
        }
        let candidates = reference.contains("/") ? references : library.topics.map(\.id)
        let hint = Suggestion.closest(to: reference, among: candidates).map { "did you mean '\($0)'?" }
            ?? "see 'weigh compare --format json' for claims' refs; topics: \(library.topics.map(\.id).joined(separator: ", "))"
        throw CommandFailure("no claim or topic '\(TextSanitizer.clean(reference))'; \(hint)")
    }
}
