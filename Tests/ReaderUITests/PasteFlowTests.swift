import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

@Suite("Pasted text")
@MainActor
struct PasteFlowTests {
    @Test func aPromptTakesAPasteAsOneLineUpToItsLimit() {
        var prompt = Prompt(purpose: .question(nil), question: "Question", text: "Ask: ")
        prompt.paste("first\r\n\r\nsecond\tthird\nq")
        #expect(prompt.text == "Ask: first second third q")
        #expect(prompt.cursor == prompt.text.count)
        prompt.paste(String(repeating: "x", count: 5_000))
        #expect(prompt.text.count == Prompt.maximumNoteLength)
    }

    @Test func aPasteWithLineBreaksStaysInTheNotePromptAndEnterSavesItWhole() {
        let store = MemoryPersonalStore()
        let events: [InputEvent] = [.key(.character("c")), .key(.character("a")), .paste("one\ntwo\nq"), .key(.enter)]
        let (state, _) = play(events, library: ReaderFixture.library, size: Size(width: 120, height: 30), store: store) { state in
            var library = state.library
            library.topics = [Topic(id: "onset", title: "Onset", question: "How soon?")]
            library.articles[0].claims = [Claim(stance: .benefit, topicID: "onset", text: "Acts within hours.", sectionSlug: "first-part")]
            state = AppState(library: library, size: state.size)
        }
        #expect(store.records.notes.map(\.text) == ["one two q"])
        #expect(state.prompt == nil)
    }

    @Test func aPasteOutsideAPromptRunsNothingAndSaysSo() {
        let (state, terminal) = play([.paste("qG")], library: ReaderFixture.library, size: Size(width: 120, height: 30))
        #expect(state.reading?.topLine == 0, "G did not run")
        #expect(terminal.screen.last?.contains("Pasted text is taken only where you type") == true)
    }
}
