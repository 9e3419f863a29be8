import Foundation

/// The library read again after its files changed on disk, put together
/// so that nothing readable is lost to a broken edit: an article whose file
/// is still there but no longer loads keeps its last good version, and the
/// problem that stopped it is named. Articles whose files are gone leave;
/// new ones join in file-name order.
public final class LibraryReload: Hashable, Sendable {
    /// The library to show.
    public let library: Library
    /// Problems the files have now that they did not have before (each
    /// `file:line: message`), the first of them worth showing at once.
    public let newProblems: [LoadProblem]
    /// File names whose last good version was kept.
    public let keptFileNames: [String]
    /// The library folder's path, as the problems name their files.
    public let folderPath: String

    public init(library: Library, newProblems: [LoadProblem] = [], keptFileNames: [String] = [], folderPath: String = "") {
        self.library = library
        self.newProblems = newProblems
        self.keptFileNames = keptFileNames
        self.folderPath = folderPath
    }

    /// `problem` as the status line says it: the file named within the
    /// library (`a.md:4: …`), so the line and the message fit.
    public func shortDescription(of problem: LoadProblem) -> String {
        let folder = folderPath.hasSuffix("/") ? folderPath : folderPath + "/"
        guard !folderPath.isEmpty, problem.file.hasPrefix(folder) else { return problem.description }
        var short = problem
        short.file = String(problem.file.dropFirst(folder.count))
        return short.description
    }

    /// One reload is equal only to itself: comparing libraries article by
    /// article would cost more than the reload.
    public static func == (lhs: LibraryReload, rhs: LibraryReload) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

    /// `fresh`, as just loaded from `folderPath`, with the last good
    /// version from `previous` of each article whose file has a problem
    /// now and did not load (and whose id no fresh article took).
    public static func merge(previous: Library, fresh: Library, folderPath: String) -> LibraryReload {
        let freshFiles = Set(fresh.articles.map(\.fileName))
        let freshIDs = Set(fresh.articles.map(\.id))
        let troubledFiles = Set(fresh.problems.map(\.file))
        let folder = folderPath.hasSuffix("/") ? folderPath : folderPath + "/"
        let kept = previous.articles.filter { article in
            !freshFiles.contains(article.fileName) && !freshIDs.contains(article.id)
                && troubledFiles.contains(folder + article.fileName)
        }
        var articles = fresh.articles
        if !kept.isEmpty {
            articles += kept
            articles.sort { FileNameOrder.precedes($0.fileName, $1.fileName) }
        }
        let before = Set(previous.problems)
        let library = Library(topics: fresh.topics.isEmpty ? previous.topics : fresh.topics, articles: articles, problems: fresh.problems)
        return LibraryReload(library: library, newProblems: fresh.problems.filter { !before.contains($0) },
                             keptFileNames: kept.map(\.fileName), folderPath: folderPath)
    }
}
