import ArticleKit
import Testing
@testable import ReaderUI

/// A long article shown by its first piece (`Article.isPartial`) while the
/// rest is parsed: it reads like any other, saves no place (a saved place
/// further on may be waiting for the whole), and the whole takes its place
/// where the reader is.
@Suite("Reading an article shown in part")
struct PartialArticleTests {
    static let whole = ReaderFixture.library
    /// Alpha's first thirty blocks, as the loader shows a long article first.
    static let partial: Library = {
        var library = whole
        let alpha = whole.articles[0]
        var part = Article(id: alpha.id, title: alpha.title, blocks: Array(alpha.blocks.prefix(30)), fileName: alpha.fileName)
        part.isPartial = true
        library.articles[0] = part
        return library
    }()

    static let size = Size(width: 120, height: 12)

    func press(_ text: String, _ state: inout AppState) -> [Effect] {
        text.flatMap { character in
            Reader.action(for: .key(.character(character)), in: state).map { Reader.update(&state, $0) } ?? []
        }
    }

    func statusLine(_ state: AppState) -> String {
        Screen.render(state, theme: .colored).lines.last ?? ""
    }

    @Test func itReadsWithoutSavingThenTheWholeTakesItsPlace() {
        var state = AppState(library: Self.partial, size: Self.size)
        #expect(state.reading?.article.isPartial == true)
        let effects = press("jjj", &state)
        #expect(state.reading?.topLine == 3)
        #expect(!effects.contains { if case .saveReadingPosition = $0 { true } else { false } })
        #expect(!statusLine(state).contains("%"), "a share of a part would mislead")
        #expect(!Reader.update(&state, .quit).contains { if case .saveReadingPosition = $0 { true } else { false } })

        let before = state.reading?.position
        _ = Reader.receive(&state, .libraryGrew(LibraryUpdate(Self.whole, progress: nil)))
        #expect(state.reading?.article.isPartial == false)
        #expect(state.reading?.blockCount == Self.whole.articles[0].blocks.count)
        #expect(state.reading?.position == before, "the whole opens where the part was")
        #expect(statusLine(state).contains("%"))
        #expect(press("j", &state).contains { if case .saveReadingPosition = $0 { true } else { false } })
    }

    @Test func aStartPlacePastThePartWaitsForTheWhole() {
        let start = ReadingPosition(articleID: "alpha", blockIndex: 40, offset: 0)
        var state = AppState(library: Self.partial, size: Self.size, start: start)
        #expect(state.reading?.position.blockIndex == 0)
        #expect(state.pendingStart == start)
        _ = Reader.receive(&state, .libraryGrew(LibraryUpdate(Self.partial, progress: LibraryLoadingProgress(filesLoaded: 2, fileCount: 3))))
        #expect(state.pendingStart == start, "still waiting while only the part is there")
        _ = Reader.receive(&state, .libraryGrew(LibraryUpdate(Self.whole, progress: nil)))
        #expect(state.reading?.position.blockIndex == 40)
        #expect(state.pendingStart == nil)
    }

    @Test func aPlaceInThePartsLastScreenWaitsToo() {
        // The view could not put the part's last block on top; it would
        // open short of the place and keep that.
        let start = ReadingPosition(articleID: "alpha", blockIndex: 29, offset: 0)
        var state = AppState(library: Self.partial, size: Self.size, start: start)
        #expect(state.pendingStart == start)
        _ = Reader.receive(&state, .libraryGrew(LibraryUpdate(Self.whole, progress: nil)))
        #expect(state.reading?.position.blockIndex == 29)
    }

    @Test func leavingAWholeArticleForAPartialOneSavesItsPlace() {
        var library = Self.partial
        library.articles.swapAt(0, 1)  // Beta (whole) first, Alpha partial second
        var state = AppState(library: library, size: Self.size)
        _ = press("j", &state)
        let left = state.reading?.position
        state.focus = .contents
        state.contentsList.selection = state.contentsRows.firstIndex(of: .article(index: 1))!
        let effects = Reader.update(&state, .open)
        #expect(state.reading?.article.isPartial == true)
        #expect(effects.contains(.saveReadingPosition(left!, now: true)), "Beta's place is saved as it is left")
        #expect(!effects.contains { if case .saveReadingPosition(let place, _) = $0 { place.articleID == "alpha" } else { false } })
    }

    @Test func aKeyBeforeTheWholeArrivesDoesNotReplaceTheSavedPlace() {
        let start = ReadingPosition(articleID: "alpha", blockIndex: 40, offset: 0)
        var state = AppState(library: Self.partial, size: Self.size, start: start)
        _ = Reader.update(&state, .showHelp)
        let effects = Reader.receive(&state, .libraryGrew(LibraryUpdate(Self.whole, progress: nil)))
        #expect(state.reading?.position.blockIndex == 0, "a key came first: the jump is off")
        #expect(!effects.contains { if case .saveReadingPosition = $0 { true } else { false } }, "but the stored place stays")
    }

    @Test func theSelectedContentsRowStaysWhenTheWholeBringsSections() {
        var state = AppState(library: Self.partial, size: Size(width: 120, height: 40))
        let gamma = state.contentsRows.firstIndex(of: .article(index: 2))!
        state.contentsList.selection = gamma
        _ = Reader.receive(&state, .libraryGrew(LibraryUpdate(Self.whole, progress: nil)))
        #expect(state.contentsRows[state.contentsList.selection] == .article(index: 2))
    }

    @Test func aPlaceWithinThePartOpensAtOnce() {
        let start = ReadingPosition(articleID: "alpha", blockIndex: 5, offset: 0)
        let state = AppState(library: Self.partial, size: Self.size, start: start)
        #expect(state.reading?.position.blockIndex == 5)
        #expect(state.pendingStart == nil)
    }
}
