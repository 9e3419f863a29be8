import ArgumentParser
import ArticleKit
import Foundation

/// `weigh list`: one line per article (id, title, sections, claims).
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the library's articles: id, title, sections and claims."
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let library = try libraryOptions.load()
        LoadWarning.printIfNeeded(for: library)
        if json {
            print(try JSONText.encode(library.articles.map(ArticleSummary.init)))
            return
        }
        let idWidth = library.articles.map { $0.id.count }.max() ?? 2
        for article in library.articles {
            let sections = article.allSections.count
            let padding = String(repeating: " ", count: max(0, idWidth - article.id.count))
            print("\(article.id)\(padding)  \(article.title)  (\(plural(sections, "section")), \(plural(article.claims.count, "claim")))")
        }
    }
}

func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// Pretty, key-sorted JSON text.
enum JSONText {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// The one-line note on stderr when some files of the library did not load.
enum LoadWarning {
    static func printIfNeeded(for library: Library) {
        guard !library.problems.isEmpty else { return }
        let files = Set(library.problems.map(\.file)).count
        printError("weigh: \(plural(library.problems.count, "problem")) in \(plural(files, "file")) of the library; run 'weigh check' to see them")
    }
}
