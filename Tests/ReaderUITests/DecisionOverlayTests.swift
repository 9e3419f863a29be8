import ArticleKit
import DecisionKit
import Testing
@testable import ReaderUI
import WeighTestSupport

/// `d`: "My decision" over the panes, everything recorded in one place,
/// each item opening what it belongs to, notes and questions changed and
/// where I stand said from the keyboard.
@Suite("My decision in the reader")
@MainActor
struct DecisionOverlayTests {
    static let size = Size(width: 120, height: 40)

    static func keys(_ text: String) -> [InputEvent] { ReaderFixture.keys(text) }
    static func key(_ key: Key) -> [InputEvent] { [.key(key)] }

    static func play(_ events: [InputEvent], size: Size = size, store: MemoryPersonalStore = MemoryPersonalStore())
        -> (state: AppState, screen: [String]) {
        let result = WeighTestSupport.play(events, library: ComparisonLayoutTests.library, size: size, theme: .monochrome, store: store)
        return (result.state, result.terminal.screen)
    }

    static func pane(_ state: AppState) -> DecisionPane? {
        if case .decision(let pane) = state.overlay { return pane }
        return nil
    }

    /// Rate addiction 3 and write a note on its risk claim in the
    /// comparison (`c`, all articles, next topic, rate, down, note).
    static let rateAndNote = keys("cs]3j") + key(.character("a")) + keys("Ask about this") + key(.enter)

    @Test func showsWhatWasRecordedAndClosesAgain() {
        let opened = Self.play(Self.rateAndNote + Self.keys("d"))
        let screen = opened.screen
        #expect(screen[1].hasPrefix(" My decision — d or Esc closes"))
        #expect(screen.contains { $0.contains("▸ Addiction — matters a lot to you") }, "\(screen)")
        #expect(screen.contains { $0.contains("✎ On “May be habit-forming”:") })
        #expect(screen.contains { $0.contains("  Ask about this") })
        #expect(screen.contains { $0.contains("not medical advice") })
        #expect(Self.pane(opened.state)?.selectedItem == .stance)
        #expect(Self.play(Self.rateAndNote + Self.keys("dd")).state.overlay == nil)
    }

    @Test func nothingRecordedOffersTheStarterQuestions() {
        let result = Self.play(Self.keys("d"))
        #expect(result.screen.contains { $0.contains("Not said yet.") })
        #expect(result.screen.contains { $0.contains("None written yet. Questions you could start with:") })
        for starter in ClinicianQuestion.starters {
            #expect(result.screen.contains { $0.contains("+ " + starter) }, "\(starter)")
        }
        let items = Self.pane(result.state)?.page.items ?? []
        #expect(items == [.stance] + ClinicianQuestion.starters.indices.map { .starter(index: $0) })
    }

    @Test func enterOnAStarterAsksItAndItIsNoLongerOffered() {
        let store = MemoryPersonalStore()
        // Items: stance, then the five starters; the second is item 2.
        let result = Self.play(Self.keys("djj") + Self.key(.enter), store: store)
        #expect(store.records.questions.map(\.text) == [ClinicianQuestion.starters[1]])
        #expect(result.screen.contains { $0.contains("1. " + ClinicianQuestion.starters[1]) })
        #expect(!result.screen.contains { $0.contains("+ " + ClinicianQuestion.starters[1]) })
        // The question stays selected where the starter was.
        #expect(Self.pane(result.state)?.selectedItem == .question(id: 1))
    }

    @Test func enterOnATopicOpensTheComparisonAtIt() {
        let result = Self.play(Self.rateAndNote + Self.keys("d") + Self.keys("j") + Self.key(.enter))
        #expect(result.state.overlay == nil)
        #expect(result.state.focus == .comparison)
        let claim = result.state.comparison?.selectedClaim
        #expect(claim?.claim.topicID == "addiction")
        #expect(claim == result.state.comparison?.comparison.claims.first { $0.claim.topicID == "addiction" })
    }

    @Test func enterOnANoteOpensItsClaimWithTheNoteUnderIt() {
        // Back at the first claim, so the note's claim is not selected.
        let events = Self.rateAndNote + Self.keys("g") + Self.keys("d") + Self.keys("G") + Self.key(.enter)
        let result = Self.play(events)
        #expect(result.state.comparison?.selectedClaim?.claim.text == "May be habit-forming")
        #expect(result.state.focus == .comparison)
        #expect(result.screen.contains { $0.contains("Ask about this") })
    }

    @Test func aQuestionIsWrittenEditedMovedAndDeleted() {
        let store = MemoryPersonalStore()
        var events = Self.keys("dQ") + Self.keys("First?") + Self.key(.enter) + Self.keys("Q") + Self.keys("Second?") + Self.key(.enter)
        // Stance is item 0; the questions are items 1 and 2.
        events += Self.keys("gj") + Self.keys("e") + Self.key(.control("u")) + Self.keys("First, changed?") + Self.key(.enter)
        var result = Self.play(events, store: store)
        #expect(store.records.questions.sorted { $0.position < $1.position }.map(\.text) == ["First, changed?", "Second?"])
        #expect(result.screen.contains { $0.contains("1. First, changed?") })
        #expect(result.screen.contains { $0.contains("2. Second?") })

        // J moves it down and the selection follows it.
        let moved = MemoryPersonalStore()
        result = Self.play(events + Self.keys("J"), store: moved)
        #expect(moved.records.questions.sorted { $0.position < $1.position }.map(\.text) == ["Second?", "First, changed?"])
        #expect(Self.pane(result.state)?.selectedItem == .question(id: 1))
        #expect(result.screen.contains { $0.contains("1. Second?") })
        // K at the top says so and changes nothing.
        let top = MemoryPersonalStore()
        result = Self.play(events + Self.keys("K"), store: top)
        #expect(result.screen.last?.contains("This is the first question") == true)
        #expect(top.records.questions.sorted { $0.position < $1.position }.map(\.text) == ["First, changed?", "Second?"])

        // x asks first: n keeps it, y deletes it.
        let kept = MemoryPersonalStore()
        result = Self.play(events + Self.keys("x"), store: kept)
        #expect(result.screen.last?.contains("Delete this question? y deletes it") == true)
        let refused = MemoryPersonalStore()
        result = Self.play(events + Self.keys("xn"), store: refused)
        #expect(refused.records.questions.count == 2)
        #expect(result.screen.last?.contains("Kept") == true)
        let deleted = MemoryPersonalStore()
        result = Self.play(events + Self.keys("xy"), store: deleted)
        #expect(deleted.records.questions.map(\.text) == ["Second?"])
        #expect(deleted.records.questions.map(\.position) == [0])
        #expect(result.screen.contains { $0.contains("1. Second?") })
    }

    @Test func anEditedNoteKeepsItsClaimAndAnEmptyOneIsNotSaved() {
        let store = MemoryPersonalStore()
        let events = Self.rateAndNote + Self.keys("dG") + Self.keys("e") + Self.key(.control("u")) + Self.keys("Ask how often") + Self.key(.enter)
        var result = Self.play(events, store: store)
        #expect(store.records.notes.map(\.text) == ["Ask how often"])
        if case .claim(let snapshot)? = store.records.notes.first?.target {
            #expect(snapshot.text == "May be habit-forming")
        } else {
            Issue.record("the note is still on its claim")
        }
        let empty = MemoryPersonalStore()
        result = Self.play(Self.rateAndNote + Self.keys("dG") + Self.keys("e") + Self.key(.control("u")) + Self.key(.enter), store: empty)
        #expect(empty.records.notes.map(\.text) == ["Ask about this"])
        #expect(result.screen.last?.contains("An empty note is not saved") == true)
    }

    @Test func whereIStandWithTheSureCheckAndWithout() {
        let store = MemoryPersonalStore()
        var result = Self.play(Self.keys("dl"), store: store)
        #expect(result.screen.last?.contains("Where do you stand? t leaning towards trying it · u unsure") == true)
        result = Self.play(Self.keys("dltyn"), store: store)
        #expect(result.screen.last?.contains("SURE 3/4: Are you clear about which benefits and risks matter most to you? y/n") == true)
        let sure = MemoryPersonalStore()
        result = Self.play(Self.keys("dltynyn"), store: sure)
        #expect(sure.records.stances.map(\.leaning) == [.towards])
        #expect(sure.records.stances.first?.sure?.letters == "YNYN")
        #expect(result.screen.contains { $0.contains("Now: leaning towards trying it") })
        #expect(result.screen.contains { $0.contains("SURE: sure yes · understand the information no") })

        // Esc in the SURE check keeps the leaning alone; a second stance
        // keeps the first as history.
        let twice = MemoryPersonalStore()
        result = Self.play(Self.keys("dltynyn") + Self.keys("la") + Self.key(.escape), store: twice)
        #expect(twice.records.stances.map(\.leaning) == [.towards, .against])
        #expect(twice.records.stances.last?.sure == nil)
        #expect(result.screen.contains { $0.contains("Now: leaning against it") })
        #expect(result.screen.contains { $0.contains("Before, 2001-01-02: leaning towards trying it; SURE: sure yes") })

        // Esc on the leaning itself records nothing.
        let cancelled = MemoryPersonalStore()
        _ = Self.play(Self.keys("dl") + Self.key(.escape), store: cancelled)
        #expect(cancelled.records.stances.isEmpty)
    }

    @Test func aNoteOnABookmarkIsListedAndOpensTheBookmark() {
        let bookmark = BookmarkEntry(id: 7, position: ReadingPosition(articleID: "b", blockIndex: 0), sectionTitle: "S",
                                     excerpt: "", label: "my place", createdAt: .init(timeIntervalSinceReferenceDate: 0))
        let store = MemoryPersonalStore(bookmarks: [bookmark])
        let events = Self.keys("'a") + Self.keys("Ask about this part") + Self.key(.enter) + Self.keys("'d") + Self.keys("G")
        var result = Self.play(events, store: store)
        #expect(store.records.notes.first?.target == .bookmark(id: 7))
        #expect(result.screen.contains { $0.contains("✎ On the bookmark “my place”:") })
        result = Self.play(events + Self.key(.enter), store: MemoryPersonalStore(bookmarks: [bookmark]))
        #expect(result.state.overlay == nil)
        #expect(result.state.reading?.article.id == "b")
    }

    @Test(arguments: [Size(width: 60, height: 12), Size(width: 120, height: 40)])
    func theLastItemIsAlwaysInView(size: Size) {
        let result = Self.play(Self.rateAndNote + Self.keys("dG"), size: size)
        guard let pane = Self.pane(result.state) else {
            Issue.record("the decision is open")
            return
        }
        #expect(pane.selectedItem == pane.page.items.last)
        let visible = DecisionOverlayView.visibleRows(size: size)
        let lines = pane.page.itemLines[pane.list.selection]
        let scroll = pane.list.drawnScroll(visible: visible, total: pane.page.lines.count)
        #expect(lines.lowerBound >= scroll && lines.upperBound <= scroll + visible)
        // Every line of the page is as wide as the overlay allows, or less.
        #expect(result.screen.allSatisfy { DisplayWidth.of($0) <= size.width })
    }

    @Test func theKeysAreInTheHelpAndTheStatusLine() {
        let help = HelpOverlayView.lines(for: .standard)
        #expect(help.contains { $0.keys == "d" && $0.summary?.hasPrefix("My decision") == true })
        #expect(help.contains { $0.keys == "l" && $0.summary?.hasPrefix("Say where you stand") == true })
        let status = Self.play(Self.keys("d")).screen.last ?? ""
        #expect(status.contains("Enter open") && status.contains("e edit") && status.contains("l stand"), "\(status)")
    }
}

/// Ctrl-G in a note or question prompt: the text goes to the person's
/// editor and what comes back is saved as if typed.
@Suite("Long text in the editor")
@MainActor
struct PromptEditorTests {
    @Test func whatTheEditorSavesIsTheNote() {
        let store = MemoryPersonalStore()
        store.editorText = "Ask about cost.\n\nAnd about driving home afterwards.\n"
        let events = ReaderFixture.keys("csja") + ReaderFixture.keys("Ask") + [.key(.control("g"))]
        let result = WeighTestSupport.play(events, library: ComparisonLayoutTests.library, size: DecisionOverlayTests.size, theme: .monochrome, store: store)
        #expect(store.records.notes.map(\.text) == ["Ask about cost.\n\nAnd about driving home afterwards."])
        #expect(store.performed.contains { if case .editInEditor(let prompt) = $0 { prompt.text == "Ask" } else { false } })
        #expect(result.state.prompt == nil)
        // The paragraphs show as lines under the claim.
        let screen = result.terminal.screen
        #expect(screen.contains { $0.contains("Ask about cost.") } && screen.contains { $0.contains("  And about driving") } && !screen.contains { $0.contains("cost.  And") }, "\(screen)")
    }

    @Test func withoutAnEditorThePromptComesBackAsItWas() {
        let store = MemoryPersonalStore()
        let events = ReaderFixture.keys("csja") + ReaderFixture.keys("Half a thought") + [.key(.control("g"))]
        let result = WeighTestSupport.play(events, library: ComparisonLayoutTests.library, size: DecisionOverlayTests.size, theme: .monochrome, store: store)
        #expect(result.state.prompt?.text == "Half a thought")
        #expect(store.records.notes.isEmpty)
        #expect(result.state.message == EditorOutcome.noEditor)
    }

    @Test func aBookmarkLabelHasNoEditor() {
        let store = MemoryPersonalStore()
        store.editorText = "not used"
        let result = WeighTestSupport.play([.key(.character("m")), .key(.control("g"))], library: ComparisonLayoutTests.library,
                                           size: DecisionOverlayTests.size, theme: .monochrome, store: store)
        #expect(!store.performed.contains { if case .editInEditor = $0 { true } else { false } })
        #expect(result.state.prompt != nil)
    }
}

/// Long notes in "My decision", and the messages after writing things.
@Suite("Long notes in My decision")
@MainActor
struct LongNoteTests {
    static let size = Size(width: 80, height: 24)
    static let paragraphs = (1...40).map { "Paragraph \($0) of my long note." }.joined(separator: "\n")

    static func play(_ events: [InputEvent], store: MemoryPersonalStore) -> (state: AppState, screen: [String]) {
        let result = WeighTestSupport.play(events, library: ComparisonLayoutTests.library, size: size, theme: .monochrome, store: store)
        return (result.state, result.terminal.screen)
    }

    @Test func everyParagraphOfATallNoteCanBePagedTo() {
        let store = MemoryPersonalStore()
        store.editorText = Self.paragraphs
        // A topic note from the editor, then My decision, then pages.
        let write = ReaderFixture.keys("csjA") + [.key(.control("g"))]
        var seen = Set<String>()
        for pages in 0...6 {
            let screen = Self.play(write + ReaderFixture.keys("d") + ReaderFixture.keys(String(repeating: "f", count: pages)), store: MemoryPersonalStore(editorTextFrom: store)).screen
            for line in screen { if let range = line.range(of: #"Paragraph \d+ of"#, options: .regularExpression) { seen.insert(String(line[range])) } }
        }
        // Each paragraph on its own line, and every one of them reached.
        #expect(seen.count == 40, "\(seen.sorted())")
    }

    @Test func aQuestionTooLongFromTheEditorComesBackToThePrompt() {
        let store = MemoryPersonalStore()
        store.editorText = String(repeating: "why ", count: 400)
        let result = Self.play(ReaderFixture.keys("dQ") + [.key(.control("g"))], store: store)
        #expect(store.records.questions.isEmpty)
        #expect(result.state.prompt?.text.count == 1_599)
        #expect(result.state.message?.hasPrefix("Not saved: at most 1000 characters here (this has 1599)") == true)
    }

    @Test func aLongMessageTakesTheWholeStatusLine() {
        let path = "~/.local/share/weigh/summaries/weigh-summary-2026-12-04-2.html"
        let screen = WeighTestSupport.play([.report(.notice("Written: " + path))], library: ComparisonLayoutTests.library, size: Self.size,
                                           theme: .monochrome).terminal.screen
        #expect(screen.last?.contains("Written: " + path) == true, "\(screen.last ?? "")")
    }
}

extension MemoryPersonalStore {
    /// A new store whose editor gives back what `other`'s does.
    convenience init(editorTextFrom other: MemoryPersonalStore) {
        self.init()
        editorText = other.editorText
    }
}
