import ArgumentParser
import ArticleKit
import ReaderUI

/// `weigh check [DIR]`: validates a library and reports every problem as
/// `file:line: message`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a library: front matter, topics, claims and sections.",
        discussion: """
        Prints every problem as file:line: message and exits 1 if there is any. \
        With --report, also prints for each article its source's kind and evidence, \
        the claims and words on each side, and its reading grade: facts, not a verdict.
        """
    )

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: ArgumentHelp("The library folder to check (default: the library weigh would open).", valueName: "dir"),
              completion: .directory)
    var directory: String?

    @Flag(name: .long, help: "Also print each article's source, balance of claims and reading grade.")
    var report = false

    func run() throws {
        let library = try libraryOptions.load(explicit: directory, cached: false)
        for problem in library.problems {
            print(problem.description)
        }
        if report {
            for line in LibraryReport.lines(for: library) { print(line) }
        }
        let claims = library.articles.reduce(0) { $0 + $1.claims.count }
        let counts = "\(plural(library.articles.count, "article")), \(plural(library.topics.count, "topic")), \(plural(claims, "claim"))"
        if library.problems.isEmpty {
            print("ok: \(counts), no problems")
        } else {
            printError("\(plural(library.problems.count, "problem")) (\(counts) loaded)")
            throw ExitCode(1)
        }
    }
}
