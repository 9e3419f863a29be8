import ArticleKit
import DecisionKit
import Plot
import ReaderUI

extension SummaryHTML {
    static func standing(_ summary: DecisionSummary) -> Node<HTML.BodyContext> {
        guard let now = summary.currentStance else { return none(DecisionWording.notSaidYet) }
        let earlier = Array(summary.stances.dropLast().reversed())
        return .group(
            .p(.class("now"), .strong(.plain(DecisionWording.now + ": ")), .plain(DecisionWording.leaning(now))),
            .unwrap(now.sure) { sure in
                .p(.class("sure"), .strong(.plain(DecisionWording.sure + ": ")), .plain(DecisionWording.sureWords(sure)))
            },
            .if(!earlier.isEmpty, .group(
                .h3(.plain(DecisionWording.before)),
                .ul(.class("stances"), .forEach(earlier) { .li(.class("stance"), .plain(DecisionWording.earlierStance($0))) })
            ))
        )
    }

    static func matters(_ summary: DecisionSummary) -> Node<HTML.BodyContext> {
        let tags = DecisionWording.tags(summary)
        let shown = summary.topics.filter { $0.comparison != nil || $0.importance != .notRated || !$0.notes.isEmpty }
        let firstUnrated = shown.firstIndex { $0.importance == .notRated }
        return .group(
            .if(summary.ratedTopics.isEmpty, none(DecisionWording.noTopicRated)),
            .forEach(shown.enumerated()) { index, entry in
                .group(
                    .if(index == firstUnrated, .h3(.class("not-rated"), .plain(DecisionWording.topicsNotRated))),
                    topic(entry, tags: tags)
                )
            }
        )
    }

    static func topic(_ entry: DecisionSummary.TopicEntry, tags: [Int: String]) -> Node<HTML.BodyContext> {
        .article(
            .class(entry.importance == .notRated ? "topic" : "topic rated"),
            .h3(written(entry.topic.title),
                .unwrap(DecisionWording.importance(entry)) { .span(.class("importance"), .plain(" — " + $0)) }),
            .if(!entry.topic.question.isEmpty, .p(.class("topic-question"), written(entry.topic.question))),
            .forEach(DecisionWording.claimGroups(entry.comparison)) { group in
                .group(
                    .h4(.plain(group.title)),
                    .ul(.class("claims"), .forEach(group.claims) { claim in
                        .li(
                            .class("claim " + claim.claim.stance.rawValue),
                            .span(.class("mark"), .plain(claim.claim.stance.mark)), .plain(" "),
                            written(claim.claim.text, class: "claim-text"),
                            .if(entry.comparison?.isDisputed(claim) == true, .group(.plain(" "), .span(.class("disputed"), .plain(DecisionWording.disputed)))),
                            .unwrap(tags[claim.sourceNumber]) { .group(.plain(" "), .span(.class("tag"), .plain($0))) }
                        )
                    })
                )
            },
            .if(!entry.notes.isEmpty, .ul(.class("topic-notes"), .forEach(entry.notes) { note in
                .li(.class("note"), .strong(.plain(DecisionWording.myNote + ": ")), written(note.text, class: "note-text"))
            }))
        )
    }

    /// Each question with its number written out, and ruled room beneath
    /// for the answer when printed.
    static func questions(_ summary: DecisionSummary) -> Node<HTML.BodyContext> {
        guard !summary.questions.isEmpty else { return none(DecisionWording.noneWritten) }
        return .ol(.class("questions"), .forEach(summary.questions.enumerated()) { number, entry in
            .li(
                .class("question"),
                .p(.class("question-text"), .span(.class("number"), .plain("\(number + 1).")), .plain(" "), written(entry.question.text)),
                .unwrap(entry.claim) { .p(.class("about"), written(DecisionWording.questionAbout($0))) },
                .div(.class("answer"), .span(.class("answer-label"), .plain(DecisionWording.answerRoom)),
                     .div(.class("line")), .div(.class("line")), .div(.class("line")))
            )
        })
    }

    static func notes(_ summary: DecisionSummary) -> Node<HTML.BodyContext> {
        guard !summary.notes.isEmpty else { return none(DecisionWording.noneWritten) }
        return .ul(.class("notes"), .forEach(summary.notes) { entry in
            .li(
                .class("note"),
                .p(.class("subject"), .strong(written(DecisionWording.subject(entry.subject, in: summary)))),
                .p(.class("note-text"), written(entry.note.text))
            )
        })
    }

    static func bookmarks(_ summary: DecisionSummary) -> Node<HTML.BodyContext> {
        guard !summary.bookmarks.isEmpty else { return none(DecisionWording.noBookmarks) }
        return .ul(.class("bookmarks"), .forEach(summary.bookmarks) { entry in
            .li(
                .class("bookmark"),
                .p(.strong(written(DecisionWording.bookmarkName(entry))), .plain(" "), written(DecisionWording.bookmarkPlace(entry), class: "place")),
                .p(.class("excerpt"), written("“\(entry.bookmark.excerpt)”"))
            )
        })
    }

    static func sources(_ summary: DecisionSummary) -> Node<HTML.BodyContext> {
        guard !summary.sources.isEmpty else { return none(DecisionWording.noSources) }
        return .group(
            .ol(.class("sources"), .forEach(summary.sources) { source in
                .li(
                    .class("source"),
                    .span(.class("number"), .plain("\(source.number).")), .plain(" "),
                    .strong(written(source.articleTitle)), .plain(" (\(source.articleID)), "),
                    written(DecisionWording.basis(source))
                )
            }),
            .p(.class("key"), .plain(SourceWording.key))
        )
    }
}
