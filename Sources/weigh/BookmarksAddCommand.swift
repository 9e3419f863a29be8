import ArgumentParser
import ArticleKit
import PersonalStore
import Foundation

/// `weigh bookmarks add ARTICLE`: bookmarks the start of an article or of
/// one of its sections, so bookmarks can be made from scripts.
struct BookmarksAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Bookmark the start of an article, or of one of its sections."
    )

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("The article's id (see 'weigh list').", valueName: "article"))
    var article: String

    @Option(name: .long, help: ArgumentHelp("Bookmark the start of this section (its slug, as in 'weigh list --json').", valueName: "slug"))
    var section: String?

    @Option(name: .long, help: ArgumentHelp("A label for the bookmark.", valueName: "text"))
    var label: String?

    /// Adds the same bookmark this many times, each in its own transaction,
    /// printing a line after each: for the durability tests.
    @Option(name: .customLong("repeat"), help: .hidden)
    var repeatCount = 1

    func validate() throws {
        guard (1...100_000).contains(repeatCount) else {
            throw ValidationError("--repeat must be between 1 and 100000")
        }
    }

    func run() throws {
        let library = try libraryOptions.load()
        LoadWarning.printIfNeeded(for: library)
        let found = try ArticleLookup.find(article, in: library)
        let blockIndex = try startBlock(in: found)
        let sectionTitle = found.section(containingBlock: blockIndex)?.title
        let position = ReadingPosition(articleID: found.id, blockIndex: blockIndex)
        let excerpt = Self.excerpt(in: found, from: blockIndex)
        let store = try dataOptions.openStore()
        for _ in 0..<repeatCount {
            let bookmark: Bookmark
            do {
                bookmark = try store.add(at: position, sectionTitle: sectionTitle, excerpt: excerpt, label: label)
            } catch {
                throw error.commandFailure
            }
            // Unbuffered, so a line on stdout means the bookmark is committed.
            try FileHandleOutput.writeToStandardOutput(Self.confirmation(for: bookmark) + "\n")
        }
    }

    private func startBlock(in article: Article) throws -> Int {
        guard let section else { return 0 }
        if let found = article.section(withSlug: section) { return found.blockIndex }
        let slugs = article.allSections.map(\.slug)
        let matches = Suggestion.closeMatches(to: section, among: slugs)
        let hint = matches.isEmpty
            ? (slugs.isEmpty ? "it has no sections" : "its sections are \(slugs.joined(separator: ", "))")
            : "did you mean \(matches.map { "'\($0)'" }.joined(separator: " or "))?"
        throw CommandFailure("no section '\(TextSanitizer.clean(section))' in '\(article.id)'; \(hint)")
    }

    /// About 80 characters of text at the bookmark; past a heading (whose
    /// text is already the section title) when there is a block after it.
    static func excerpt(in article: Article, from blockIndex: Int) -> String {
        guard article.blocks.indices.contains(blockIndex) else { return "" }
        var index = blockIndex
        if case .heading = article.blocks[index], article.blocks.indices.contains(index + 1) {
            index += 1
        }
        let words = article.blocks[index].plainText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return BookmarksListCommand.shortened(words, to: 80)
    }

    static func confirmation(for bookmark: Bookmark) -> String {
        var text = "added bookmark #\(bookmark.id) in \(bookmark.articleID)"
        if let title = bookmark.sectionTitle { text += " at \"\(title)\"" }
        if let label = bookmark.label { text += " labelled \"\(label)\"" }
        return text
    }
}
