import ArgumentParser
import ArticleKit
import ReaderUI

/// `weigh compare`: the risk/benefit comparison as text, Markdown or JSON.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Print benefits and risks side by side, topic by topic, each traced to its source.",
        discussion: "The text format is the side-by-side table the reader shows; markdown makes a table per topic; json gives the structured data."
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @OptionGroup var libraryOptions: LibraryOptions

    @Option(name: .long, help: ArgumentHelp("Only this article's claims (default: every article).", valueName: "id"))
    var article: String?

    @Option(name: .long, help: ArgumentHelp("Only this topic (see topics.yaml).", valueName: "id"))
    var topic: String?

    @Option(name: .long, help: "Wrap text to this many columns (default: the terminal's width, or 100).")
    var width: Int?

    @Option(name: .long, help: "text, markdown or json.")
    var format: Format = .text

    func validate() throws {
        if let width, width < 20 || width > 10_000 {
            throw ValidationError("--width must be between 20 and 10000")
        }
    }

    func run() throws {
        let library = try libraryOptions.load()
        LoadWarning.printIfNeeded(for: library)
        var scope = ComparisonScope.library
        var title = "Benefits and risks — all articles"
        if let article {
            let found = try ArticleLookup.find(article, in: library)
            scope = .article(id: found.id)
            title = "Benefits and risks — \(found.title)"
        }
        if let topic, library.topic(withID: topic) == nil {
            let hint = Suggestion.closest(to: topic, among: library.topics.map(\.id)).map { "did you mean '\($0)'?" }
                ?? "topics: \(library.topics.map(\.id).joined(separator: ", "))"
            throw CommandFailure("no topic '\(TextSanitizer.clean(topic))'; \(hint)")
        }
        let comparison = Comparison.build(from: library, scope: scope, topicID: topic)
        switch format {
        case .text:
            var output = BufferedStandardOutput()
            try output.line(title)
            try output.line("")
            try ComparisonLayout.forEachRow(for: comparison, width: width ?? FileHandleOutput.terminalColumns() ?? 100) { row in
                try output.line { row.appendPlainText(to: &$0) }
            }
            try output.flush()
        case .markdown:
            print(ComparisonMarkdown.render(comparison, title: title), terminator: "")
        case .json:
            print(try JSONText.encode(ComparisonJSON(comparison)))
        }
    }
}

/// The JSON form of `weigh compare --format json`.
struct ComparisonJSON: Encodable {
    struct ClaimJSON: Encodable {
        /// The claim's stable reference, for `weigh decision note REF`.
        var ref: String
        var stance: String
        var text: String
        var article: String
        var section: String
        var point: String?
        var source: Int
        var disputed: Bool
    }

    struct TopicJSON: Encodable {
        var id: String
        var title: String
        var question: String
        var sourcesDiffer: Bool
        var disputedPoints: [String]
        var selfContradictingSources: [Int]
        var benefits: [ClaimJSON]
        var risks: [ClaimJSON]
        var precautions: [ClaimJSON]
    }

    struct SourceJSON: Encodable {
        var number: Int
        var article: String
        var title: String
        var tag: String
        var source: SourceSummary?
    }

    var scope: String
    var topic: String?
    var topics: [TopicJSON]
    var sources: [SourceJSON]
    var note = SourceWording.disclaimer

    init(_ comparison: Comparison) {
        switch comparison.scope {
        case .library: scope = "library"
        case .article(let id): scope = "article:\(id)"
        }
        topic = comparison.topicFilter
        topics = comparison.topics.map { topic in
            func claim(_ compared: ComparedClaim) -> ClaimJSON {
                ClaimJSON(ref: compared.ref, stance: compared.claim.stance.rawValue, text: compared.claim.text, article: compared.articleID,
                          section: compared.claim.sectionSlug, point: compared.claim.point, source: compared.sourceNumber,
                          disputed: topic.isDisputed(compared))
            }
            return TopicJSON(id: topic.topic.id, title: topic.topic.title, question: topic.topic.question, sourcesDiffer: topic.sourcesDiffer,
                             disputedPoints: topic.disputedPoints, selfContradictingSources: topic.selfContradictingSources,
                             benefits: topic.benefits.map(claim), risks: topic.risks.map(claim), precautions: topic.precautions.map(claim))
        }
        sources = comparison.sources.map {
            SourceJSON(number: $0.number, article: $0.articleID, title: $0.articleTitle,
                       tag: SourceWording.tag(number: $0.number, source: $0.source), source: $0.source.map(SourceSummary.init))
        }
    }
}
