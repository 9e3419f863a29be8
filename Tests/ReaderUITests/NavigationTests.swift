import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

@Suite("Moving around with keys and the mouse")
@MainActor
struct NavigationTests {
    let size = Size(width: 120, height: 40)

    @Test func pageDownMovesOneScreen() throws {
        let state = play([.key(.character(" "))], library: ReaderFixture.library, size: size).state
        let reading = try #require(state.reading)
        #expect(reading.topLine == state.bodyTextSize.height)
        let back = play([.key(.character(" ")), .key(.character("b"))], library: ReaderFixture.library, size: size).state
        #expect(back.reading?.topLine == 0)
        let half = play([.key(.control("d"))], library: ReaderFixture.library, size: size).state
        #expect(half.reading?.topLine == state.bodyTextSize.height / 2)
    }

    @Test func nextSectionPutsItsHeadingOnTop() throws {
        let result = play(ReaderFixture.keys("]]"), library: ReaderFixture.library, size: size)
        #expect(result.state.reading?.currentSection?.title == "Second part")
        #expect(result.terminal.screen[1].hasSuffix("│▶Second part"))
        #expect(result.terminal.screen[3].contains("• Second part"), "the contents marks the section being read")
        #expect(result.terminal.screen[39].contains("Alpha › Second part"))
        let back = play(ReaderFixture.keys("]]["), library: ReaderFixture.library, size: size).state
        #expect(back.reading?.currentSection?.title == "First part")
    }

    @Test func jumpToEndShowsTheLastLine() throws {
        let result = play([.key(.character("G"))], library: ReaderFixture.library, size: size)
        let reading = try #require(result.state.reading)
        #expect(reading.top == reading.maximumTop(rows: result.state.bodyTextSize.height))
        #expect(result.terminal.screen[39].contains("100%"))
        let again = play([.key(.character("G")), .key(.character("j"))], library: ReaderFixture.library, size: size)
        #expect(again.terminal.screen[39].contains("End of the article"))
        #expect(play([.key(.character("G")), .key(.character("g"))], library: ReaderFixture.library, size: size).state.reading?.topLine == 0)
    }

    @Test func openingAnArticleFromTheContents() {
        let result = play([.key(.tab)] + ReaderFixture.keys("jjjj") + [.key(.enter)], library: ReaderFixture.library, size: size)
        #expect(result.state.reading?.article.id == "beta")
        #expect(result.state.focus == .body)
        #expect(result.terminal.screen[0].hasPrefix(" weigh — Beta"))
    }

    @Test func openingASectionFromTheContents() {
        let result = play([.key(.tab), .key(.down), .key(.down), .key(.down), .key(.enter)], library: ReaderFixture.library, size: size)
        #expect(result.state.reading?.currentSection?.title == "Third part")
        #expect(result.state.reading?.highlightedSectionSlug == "third-part")
    }

    @Test func foldingAndUnfolding() {
        let folded = play([.key(.tab), .key(.character("h"))], library: ReaderFixture.library, size: size).state
        #expect(folded.contentsRows.count == 3)
        let unfolded = play([.key(.tab)] + ReaderFixture.keys("hjl"), library: ReaderFixture.library, size: size).state
        #expect(unfolded.contentsRows.count == 3 + 1, "alpha folded, beta unfolded to its one section")
        let fromSection = play([.key(.tab), .key(.character("j")), .key(.left)], library: ReaderFixture.library, size: size).state
        #expect(fromSection.contentsList.selection == 0, "folding from a section selects its article")
    }

    @Test func mouseClickOpensAndWheelScrolls() {
        let clicked = play([.mouse(MouseEvent(.press, x: 3, y: 5))], library: ReaderFixture.library, size: size).state
        #expect(clicked.reading?.article.id == "beta")
        let wheeled = play([.mouse(MouseEvent(.wheelDown, x: 60, y: 10))], library: ReaderFixture.library, size: size).state
        #expect(wheeled.reading?.topLine == 3)
        let wheeledContents = play([.mouse(MouseEvent(.wheelDown, x: 3, y: 10))], library: ReaderFixture.library, size: size).state
        #expect(wheeledContents.reading?.topLine == 0, "the wheel scrolls the pane under the pointer")
    }

    @Test func resizeKeepsTheTopBlock() throws {
        let before = play(ReaderFixture.keys("]]jjjj"), library: ReaderFixture.library, size: size).state
        let position = try #require(before.reading?.position)
        for newSize in [Size(width: 60, height: 30), Size(width: 200, height: 50), Size(width: 95, height: 20)] {
            let after = play(ReaderFixture.keys("]]jjjj") + [.resize(newSize)], library: ReaderFixture.library, size: size).state
            let kept = try #require(after.reading?.position)
            #expect(kept.blockIndex == position.blockIndex, "\(newSize)")
            #expect(kept.offset <= position.offset)
        }
    }

    @Test func quitEndsTheLoop() {
        let result = play(ReaderFixture.keys("jqjjj"), library: ReaderFixture.library, size: size)
        #expect(result.state.reading?.topLine == 1, "keys after q are not read")
    }

    @Test func hidingTheContentsGivesTheBodyTheWidth() {
        let state = play([.key(.character("T"))], library: ReaderFixture.library, size: size).state
        #expect(state.layout.contents == nil)
        #expect(state.reading?.width == ScreenLayout.defaultMaximumTextWidth)
    }
}

@Suite("The keymap")
struct KeymapTests {
    @Test func everyBindingIsReachable() {
        let keymap = Keymap.standard
        for binding in keymap.bindings {
            for key in binding.keys {
                // A digit bound to choosing a link chooses the link it numbers.
                var expected = binding.action
                if case .chooseLink(number: nil) = expected, case .character(let digit) = key { expected = .chooseLink(number: digit.wholeNumberValue) }
                #expect(keymap.action(for: key, in: binding.scope) == expected, "\(key) in \(binding.scope)")
            }
        }
    }

    @Test func keysOfTheBriefAreBound() {
        let keymap = Keymap.standard
        let expected: [(Key, KeyScope, Action)] = [
            (.character("j"), .body, .lineDown), (.up, .body, .lineUp), (.character(" "), .body, .pageDown),
            (.pageUp, .body, .pageUp), (.control("d"), .body, .halfPageDown), (.control("u"), .body, .halfPageUp),
            (.character("g"), .body, .top), (.end, .body, .bottom), (.character("]"), .body, .nextSection),
            (.tab, .body, .focusNext), (.backTab, .contents, .focusPrevious), (.enter, .contents, .open),
            (.character("h"), .contents, .collapse), (.right, .contents, .expand), (.escape, .help, .closeOverlay),
            (.character("q"), .body, .quit), (.character("?"), .contents, .showHelp), (.control("f"), .body, .pageDown),
            (.control("b"), .body, .pageUp),
        ]
        for (key, scope, action) in expected {
            #expect(keymap.action(for: key, in: scope) == action, "\(key.label)")
        }
    }

    @Test func searchKeysAreBound() {
        #expect(Keymap.standard.action(for: .character("/"), in: .body) == .find)
        #expect(Keymap.standard.action(for: .character("n"), in: .body) == .findNext)
        #expect(Keymap.standard.action(for: .character("N"), in: .body) == .findPrevious)
        #expect(Keymap.standard.action(for: .character("F"), in: .contents) == .findInLibrary)
        #expect(Keymap.standard.action(for: .control("f"), in: .body) == .pageDown, "Ctrl-F still pages, as in less")
    }

    @Test func comparisonKeysAreBound() {
        #expect(Keymap.standard.action(for: .character("c"), in: .body) == .toggleComparison)
        #expect(Keymap.standard.action(for: .character("t"), in: .comparison) == .filterTopic)
        #expect(Keymap.standard.action(for: .character("s"), in: .comparison) == .switchComparisonScope)
        #expect(Keymap.standard.action(for: .backspace, in: .body) == .back)
    }

    @Test func hintsComeFromBindings() {
        let hints = Keymap.standard.hintLabels(in: .body).map { "\($0.keys) \($0.word)" }
        #expect(hints.first == "j/k scroll")
        #expect(hints.contains("? help"))
    }
}
