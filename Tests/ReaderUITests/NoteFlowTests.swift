import ArticleKit
import DecisionKit
import Testing
@testable import ReaderUI
import WeighTestSupport

/// Notes and questions written in the comparison: `a` on the selected
/// claim, `A` on its topic, `Q` a question about the claim; each kept by
/// the store with the claim as written, and shown where it belongs.
@Suite("Notes and questions from the comparison")
@MainActor
struct NoteFlowTests {
    static let size = Size(width: 120, height: 40)

    static func play(_ events: [InputEvent], store: MemoryPersonalStore) -> (state: AppState, screen: [String]) {
        let result = WeighTestSupport.play(events, library: ComparisonLayoutTests.library, size: size, theme: .monochrome, store: store)
        return (result.state, result.terminal.screen)
    }

    static func typed(_ text: String) -> [InputEvent] { text.map { .key(.character($0)) } }

    @Test func aNoteOnAClaimKeepsTheClaimAndShowsUnderIt() throws {
        let store = MemoryPersonalStore()
        // c, s: all articles; ] the addiction topic; j its risk claim.
        let result = Self.play(Self.typed("cs]j") + [.key(.character("a"))] + Self.typed("Ask 漢字 about \u{1B}[31mthis") + [.key(.enter)], store: store)
        let note = try #require(store.records.notes.first)
        guard case .claim(let snapshot) = note.target else {
            Issue.record("a note on the claim expected")
            return
        }
        #expect(snapshot.text == "May be habit-forming" && snapshot.articleID == "a" && snapshot.articleTitle == "Article A")
        #expect(snapshot.ref == ClaimReference.make(articleID: "a", claim: ComparisonLayoutTests.library.articles[0].claims[1]))
        #expect(note.text == "Ask 漢字 about ␛[31mthis", "typed control characters are made visible, never raw")
        #expect(result.screen.contains { $0.contains("[1\u{00A0}clinic\u{00A0}○] ✎") }, "the claim is marked: \(result.screen)")
        #expect(result.screen.contains { $0.contains("✎ Ask 漢字 about ␛[31mthis") })
        #expect(result.screen.last?.contains("Note saved") == true)
    }

    @Test func aNoteOnTheTopicShowsUnderItsTitle() {
        let store = MemoryPersonalStore()
        let result = Self.play(Self.typed("cs]") + [.key(.character("A"))] + Self.typed("Family history") + [.key(.enter)], store: store)
        #expect(store.records.notes.map(\.target) == [.topic(id: "addiction")])
        #expect(result.screen.contains { $0.contains("✎ My note: Family history") })
    }

    @Test func anEmptyNoteIsNotSavedAndEscapeCancels() {
        let store = MemoryPersonalStore()
        let empty = Self.play(Self.typed("cs") + [.key(.character("a")), .key(.enter)], store: store)
        #expect(store.records.notes.isEmpty)
        #expect(empty.screen.last?.contains("An empty note is not saved") == true)
        _ = Self.play(Self.typed("cs") + [.key(.character("a"))] + Self.typed("x") + [.key(.escape)], store: store)
        #expect(store.records.notes.isEmpty)
    }

    @Test func askAboutThisMakesAQuestionFromTheClaim() throws {
        let store = MemoryPersonalStore()
        _ = Self.play(Self.typed("cs]j") + [.key(.character("Q"))] + Self.typed("how likely for me?") + [.key(.enter)], store: store)
        let question = try #require(store.records.questions.first)
        #expect(question.text == "About “May be habit-forming”: how likely for me?")
        #expect(question.claim?.text == "May be habit-forming")
    }

    @Test func thePromptEditsALineAsAShellDoes() {
        var prompt = Prompt(purpose: .note(.topic(id: "t")), question: "Note", text: "")
        for key: Key in [.character("a"), .character("c"), .left, .character("b"), .end, .character("漢"), .home, .character("<")] {
            prompt.edit(with: key)
        }
        #expect(prompt.text == "<abc漢" && prompt.cursor == 1)
        prompt.edit(with: .right)
        prompt.edit(with: .backspace)
        #expect(prompt.text == "<bc漢" && prompt.cursor == 1)
        prompt.edit(with: .delete)
        #expect(prompt.text == "<c漢")
        prompt.edit(with: .control("k"))
        #expect(prompt.text == "<" && prompt.cursor == 1)
        prompt.edit(with: .control("u"))
        #expect(prompt.text.isEmpty && prompt.cursor == 0)
        prompt.edit(with: .character("e"))
        prompt.edit(with: .character("\u{301}"))
        #expect(prompt.text == "é" && prompt.cursor == 1, "a combining mark joins the letter before it")
        prompt.edit(with: .control("u"))
        for _ in 0..<1_100 { prompt.edit(with: .character("x")) }
        #expect(prompt.text.count == Prompt.maximumNoteLength, "a paste stops at the limit")
    }

    @Test func theCursorStaysInViewInALongText() {
        let size = Size(width: 60, height: 20)
        let keys = Self.typed("c") + [.key(.character("a"))] + Self.typed(String(repeating: "long text ", count: 20) + "END") + [.key(.home)]
        let terminal = MemoryTerminal(size: size, events: keys)
        var loop = ReaderLoop(state: AppState(library: ComparisonLayoutTests.library, size: size), theme: .monochrome)
        _ = loop.run(on: terminal)
        let status = terminal.screen.last ?? ""
        #expect(status.contains("Note on this claim: ▏long text"), "\(status)")
        #expect(!status.contains("END"))
    }

    @Test func whenTheStoreCannotKeepAnythingItSaysSoBeforeAnythingIsTyped() {
        let why = "Bookmarks unavailable: read-only file system (/x/weigh.sqlite)"
        let store = MemoryPersonalStore()
        let result = WeighTestSupport.play(Self.typed("cs]") + [.key(.character("a")), .key(.character("x")), .key(.character("3"))],
                                           library: ComparisonLayoutTests.library, size: Self.size, theme: .monochrome, store: store) { state in
            state.bookmarksUnavailable = why
        }
        #expect(result.state.prompt == nil, "no prompt opens to take text that cannot be kept")
        #expect(store.performed.isEmpty)
        #expect(result.terminal.screen.last?.contains("read-only file system") == true)
    }

    @Test func theNoteUnderTheSelectedClaimComesIntoView() {
        // A short screen: the addiction topic's risk claim sits at its foot
        // when the note is added, so the note's row must scroll into view.
        let size = Size(width: 120, height: 14)
        let store = MemoryPersonalStore()
        let result = WeighTestSupport.play(Self.typed("cs]j") + [.key(.character("a"))] + Self.typed("Seen") + [.key(.enter)],
                                           library: ComparisonLayoutTests.library, size: size, theme: .monochrome, store: store)
        #expect(result.terminal.screen.contains { $0.contains("✎ Seen") }, "\(result.terminal.screen)")
    }
}
