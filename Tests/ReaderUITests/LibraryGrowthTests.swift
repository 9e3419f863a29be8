import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

@Suite("A library that finishes loading while the reader is open")
@MainActor
struct LibraryGrowthTests {
    static let whole = ReaderFixture.library
    static let size = Size(width: 120, height: 30)
    static func first(_ count: Int) -> Library {
        Library(topics: whole.topics, articles: Array(whole.articles.prefix(count)))
    }

    static func grew(to count: Int, of total: Int?) -> InputEvent {
        let progress = total.map { LibraryLoadingProgress(filesLoaded: count, fileCount: $0) }
        return .report(.libraryGrew(LibraryUpdate(first(count), progress: progress)))
    }

    @Test func theContentsGrowAndTheStatusLineSaysSoUntilDone() {
        let (partial, partialTerminal) = play([Self.grew(to: 2, of: 3)], library: Self.first(1), size: Self.size)
        let partialScreen = partialTerminal.screen
        #expect(partial.contentsRows.filter { if case .article = $0 { true } else { false } }.count == 2)
        #expect(partialScreen.last?.contains("Loading the library: 2 of 3 files") == true)
        #expect(partialScreen.contains { $0.contains("▸ Beta") })
        #expect(!partialScreen.contains { $0.contains("Gamma") })

        let (done, doneTerminal) = play([Self.grew(to: 2, of: 3), Self.grew(to: 3, of: nil)], library: Self.first(1), size: Self.size)
        let doneScreen = doneTerminal.screen
        #expect(done.libraryLoading == nil)
        #expect(doneScreen.contains { $0.contains("▸ Gamma") })
        #expect(doneScreen.last?.contains("Loading") == false)
        #expect(done.reading?.article.id == "alpha", "the open article stays open")
    }

    @Test func theStartPlaceOpensWhenItsArticleArrives() {
        let start = ReadingPosition(articleID: "gamma", blockIndex: 1)
        // Short enough a screen that Gamma's second block can be on top.
        let (state, terminal) = play([Self.grew(to: 2, of: 3), Self.grew(to: 3, of: nil)], library: Self.first(1),
                                     size: Size(width: 120, height: 12), start: start)
        let screen = terminal.screen
        #expect(state.reading?.article.id == "gamma")
        #expect(state.reading?.position.blockIndex == 1)
        #expect(state.pendingStart == nil)
        #expect(screen[0].contains("Gamma"))
    }

    @Test func aKeyPressedBeforeTheStartArticleArrivesWins() {
        let start = ReadingPosition(articleID: "gamma", blockIndex: 3)
        let state = play([.key(.character("j")), Self.grew(to: 3, of: nil)], library: Self.first(1), size: Self.size, start: start).state
        #expect(state.reading?.article.id == "alpha", "the reader had already begun reading")
        #expect(state.reading?.topLine == 1)
    }

    @Test func anOpenComparisonTakesInTheNewArticles() {
        let claim = Claim(stance: .benefit, topicID: "onset", text: "Acts within hours.", sectionSlug: "start")
        var gamma = Self.whole.articles[2]
        gamma.claims = [claim]
        let topics = [Topic(id: "onset", title: "Onset", question: "How soon?")]
        let partial = Library(topics: topics, articles: Array(Self.whole.articles.prefix(2)))
        let whole = Library(topics: topics, articles: Array(Self.whole.articles.prefix(2)) + [gamma])
        var state = AppState(library: partial, size: Size(width: 120, height: 30))
        _ = Reader.update(&state, .toggleComparison)
        #expect(state.comparison?.comparison.claims.isEmpty == true)
        _ = Reader.receive(&state, .libraryGrew(LibraryUpdate(whole, progress: LibraryLoadingProgress(filesLoaded: 3, fileCount: 4))))
        #expect(state.comparison?.comparison.claims.isEmpty == true, "not rebuilt while loading goes on")
        _ = Reader.receive(&state, .libraryGrew(LibraryUpdate(whole, progress: nil)))
        #expect(state.comparison?.comparison.claims.map(\.claim.text) == ["Acts within hours."])
    }
}
