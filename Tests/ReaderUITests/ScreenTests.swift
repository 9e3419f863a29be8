import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

@Suite("Screens as text")
@MainActor
struct ScreenTests {
    @Test func wideScreenShowsContentsBesideTheArticle() {
        let screen = play([], library: ReaderFixture.library, size: Size(width: 120, height: 40)).terminal.screen
        #expect(screen.count == 40)
        #expect(screen[0].hasPrefix(" weigh — Alpha"))
        #expect(screen[0].hasSuffix("? help"))
        #expect(screen[1] == " ▾ Alpha                            │ Alpha")
        #expect(screen[2] == "     First part                     │ ═════")
        #expect(screen[3] == "     Second part                    │")
        #expect(screen[4] == "     Third part                     │ First part")
        #expect(screen[5] == " ▸ Beta                             │ ──────────")
        #expect(screen[6] == " ▸ Gamma                            │")
        #expect(screen[7] == "                                    │ Paragraph 1 of section 1 says something worth weighing with care.")
        #expect(screen[39].hasPrefix(" Alpha  "))
        #expect(screen[39].contains("%"))
        #expect(screen[39].hasSuffix("q quit"))
    }

    @Test func narrowScreenShowsOnePaneAtATime() {
        let body = play([], library: ReaderFixture.library, size: Size(width: 80, height: 24)).terminal.screen
        #expect(body[1] == " Alpha")
        #expect(!body.joined().contains("│"), "no divider when one pane shows")
        #expect(body[23].contains("/ search"))

        let contents = play([.key(.tab)], library: ReaderFixture.library, size: Size(width: 80, height: 24)).terminal.screen
        #expect(contents[1] == " ▾ Alpha")
        #expect(contents[2] == "     First part")
        #expect(contents[23].contains("Enter open"))
    }

    @Test func smallButUsableScreen() {
        let screen = play([], library: ReaderFixture.library, size: Size(width: 40, height: 12)).terminal.screen
        #expect(screen[0].hasPrefix(" weigh — Alpha"))
        #expect(screen.count == 12)
        #expect(screen.allSatisfy { DisplayWidth.of($0) <= 40 })
        #expect(screen[11].hasPrefix(" Alpha"))
    }

    @Test func tooSmallSaysSoAndRecovers() {
        let result = play([.resize(Size(width: 30, height: 8)), .resize(Size(width: 80, height: 24))], library: ReaderFixture.library, size: Size(width: 80, height: 24))
        let small = result.terminal.frames[1].trimmedLines
        #expect(small.contains { $0.contains("terminal too small") })
        #expect(small.contains { $0.contains("(need 40×10, have 30×8)") })
        #expect(result.terminal.screen[1] == " Alpha", "back to the article once enlarged")
    }

    @Test func helpOverlayIsGeneratedFromTheKeymap() {
        let screen = play([.key(.character("?"))], library: ReaderFixture.library, size: Size(width: 120, height: 40)).terminal.screen.joined(separator: "\n")
        #expect(screen.contains("Keys — Esc closes"))
        for binding in Keymap.standard.bindings.prefix(10) {
            #expect(screen.contains(binding.summary), "\(binding.summary)")
        }
        let closed = play([.key(.character("?")), .key(.escape)], library: ReaderFixture.library, size: Size(width: 120, height: 40)).terminal.screen
        #expect(!closed.joined().contains("Keys — Esc closes"))
    }

    @Test func noColorKeepsMeaningWithAttributes() {
        let canvas = play([.key(.tab)], library: ReaderFixture.library, size: Size(width: 120, height: 40), theme: .monochrome).terminal.frames.last!
        #expect(canvas.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        #expect(canvas[2, 1].style.reverse, "the selected contents row is reversed")
        #expect(canvas[40, 1].style.bold, "headings stay bold")
    }

    @Test func linesNeverOverflowAtAnySize() {
        for size in [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 91, height: 10)] {
            let screen = play(ReaderFixture.keys("jjj]"), library: ReaderFixture.library, size: size).terminal.frames.last!
            #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == size.width })
        }
    }
}
