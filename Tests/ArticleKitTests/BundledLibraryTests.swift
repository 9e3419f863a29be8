import Foundation
import Testing
@testable import ArticleKit

@Suite("The bundled library")
struct BundledLibraryTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Articles")
    let library: Library

    init() throws {
        library = try Library.load(from: Self.folder)
    }

    @Test func loadsWithoutProblems() {
        #expect(library.problems.isEmpty, "\(library.problems)")
        #expect(library.articles.count == 4)
    }

    @Test func everyArticleWithClaimsHasEveryProvenanceFieldFilled() throws {
        let sourced = library.articles.filter { !$0.claims.isEmpty }
        #expect(sourced.count == 3)
        for article in sourced {
            let source = try #require(article.source, "\(article.id)")
            let required: [String?] = [source.title, source.site, source.published, source.author, source.interest, source.summarised]
            #expect(required.allSatisfy { $0 != nil && !$0!.isEmpty }, "\(article.id): \(source)")
            #expect(source.kind != nil && source.evidence != nil, "\(article.id)")
            #expect(source.url == nil, "no address is known for these pages, so none is given")
            #expect(article.readingGrade?.grade != nil)
        }
    }

    @Test func sourcesDifferOnlyWhereTwoSourcesOpposeEachOtherOnAPoint() {
        let comparison = Comparison.build(from: library, scope: .library)
        #expect(comparison.topics.filter(\.sourcesDiffer).map(\.topic.id) == ["addiction", "long-term-effects"])
        let supervision = comparison.topics.first { $0.topic.id == "supervision" }
        #expect(supervision?.sourcesDiffer == false, "the sources agree that supervision matters")
        #expect(comparison.topics.allSatisfy { $0.selfContradictingSources.isEmpty })
    }

    @Test func everyTopicIsUsedByAClaim() {
        let used = Set(library.articles.flatMap(\.claims).map(\.topicID))
        for topic in library.topics {
            #expect(used.contains(topic.id), "topic '\(topic.id)' has no claim")
        }
    }

    @Test func everyClaimResolvesToASection() {
        for article in library.articles {
            for claim in article.claims {
                #expect(article.section(withSlug: claim.sectionSlug) != nil, "\(article.id): \(claim.sectionSlug)")
                #expect(!claim.text.isEmpty && claim.text.count <= 125, "\(article.id): \(claim.text)")
            }
        }
    }

    @Test func eachSourceArticleWeighsBothSides() {
        let sourced = library.articles.filter { $0.id != "about" }
        #expect(sourced.count == 3)
        for article in sourced {
            #expect(article.claims.contains { $0.stance == .benefit }, "\(article.id) has no benefit claim")
            #expect(article.claims.contains { $0.stance == .risk }, "\(article.id) has no risk claim")
            #expect(article.sections.flattened.count >= 4, "\(article.id) keeps its source's structure")
        }
    }

    @Test func sourcesDisagreeSomewhere() {
        let stancesByTopic = Dictionary(grouping: library.articles.flatMap(\.claims), by: \.topicID).mapValues { Set($0.map(\.stance)) }
        #expect(stancesByTopic["addiction"] == [.benefit, .risk], "one source warns of addiction, another plays it down")
    }

    @Test func aboutSaysItIsNotMedicalAdvice() throws {
        let about = try #require(library.article(withID: "about"))
        let text = about.blocks.map(\.plainText).joined(separator: " ")
        #expect(text.contains("not medical advice"))
        #expect(text.contains("qualified healthcare provider"))
        #expect(about.claims.isEmpty)
    }
}
