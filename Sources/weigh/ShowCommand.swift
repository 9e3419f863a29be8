import ArgumentParser
import ArticleKit
import ReaderUI

/// `weigh show ARTICLE`: the article as plain text, for pipes and screen
/// readers.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article as plain text, wrapped to a width."
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Option(name: .long, help: "Wrap to this many columns (default: the terminal's width, or 80).")
    var width: Int?

    @Argument(help: ArgumentHelp("The article's id (see 'weigh list').", valueName: "article"))
    var article: String

    func validate() throws {
        if let width, width < 10 || width > 10_000 {
            throw ValidationError("--width must be between 10 and 10000")
        }
    }

    func run() throws {
        let library = try libraryOptions.load()
        LoadWarning.printIfNeeded(for: library)
        let found = try ArticleLookup.find(article, in: library)
        let columns = width ?? FileHandleOutput.terminalColumns() ?? 80
        // One write(2), not print: a closed pipe ends weigh like `cat`
        // (FileHandleOutput), even when SIGPIPE was left ignored.
        let text = PlainArticleText.lines(for: found, width: columns).map { $0 + "\n" }.joined()
        try FileHandleOutput.writeToStandardOutput(text)
    }
}

/// Finds an article by id, file name or unique id prefix (like git's
/// abbreviated hashes), or fails naming close matches.
enum ArticleLookup {
    static func find(_ name: String, in library: Library) throws -> Article {
        if let article = library.article(withID: name) ?? library.articles.first(where: { $0.fileName == name }) {
            return article
        }
        let ids = library.articles.map(\.id)
        let prefixed = ids.filter { $0.hasPrefix(name) }
        if !name.isEmpty, prefixed.count == 1, let article = library.article(withID: prefixed[0]) {
            return article
        }
        let matches = Suggestion.closeMatches(to: name, among: ids)
        let hint = matches.isEmpty ? "see 'weigh list' for the ids" : "did you mean \(matches.map { "'\($0)'" }.joined(separator: " or "))?"
        throw CommandFailure("no article '\(TextSanitizer.clean(name))' in the library; \(hint)")
    }
}
