import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

@Suite("One keymap: what matches a key is what the status line and the help show")
@MainActor
struct KeymapFlowTests {
    static let size = Size(width: 120, height: 40)

    /// The standard keys with quit moved to `x` and the comparison to `C`.
    static let remapped: Keymap = {
        var keymap = Keymap.standard
        for index in keymap.bindings.indices where keymap.bindings[index].scope == .everywhere {
            switch keymap.bindings[index].action {
            case .quit: keymap.bindings[index].keys = [.character("x")]
            case .toggleComparison: keymap.bindings[index].keys = [.character("C")]
            default: break
            }
        }
        return keymap
    }()

    @Test func aRemappedKeyWorksAndShowsInTheStatusLineAndTheHelp() {
        let remapped = { (keys: String) in
            play(ReaderFixture.keys(keys), library: ReaderFixture.library, size: Self.size, keymap: Self.remapped, theme: .monochrome)
        }
        #expect(remapped("C").state.comparison != nil, "C opens the comparison")
        #expect(remapped("c").state.comparison == nil, "c no longer does")
        let status = remapped("").terminal.screen.last ?? ""
        #expect(status.contains("C compare") && status.contains("x quit"), "\(status)")
        let help = remapped("?").terminal.screen
        #expect(help.contains { $0.contains("│ x ") && $0.hasSuffix("Quit") || $0.contains(" x ") && $0.contains("Quit ") }, "\(help)")
        #expect(help.contains { $0.contains(" C ") && $0.contains("Open or close the risk/benefit comparison") }, "\(help)")
    }

    /// Hint lines are made when first drawn and kept with the keymap; a
    /// copy that is rebound must not show the lines of the one it came from.
    @Test func aHintLineMadeBeforeARebindingIsNotShownAfterIt() {
        var keymap = Keymap.standard
        #expect(keymap.hintLine(in: .body).contains("c compare"))
        for index in keymap.bindings.indices where keymap.bindings[index].action == .toggleComparison {
            keymap.bindings[index].keys = [.character("C")]
        }
        #expect(keymap.hintLine(in: .body).contains("C compare"), "\(keymap.hintLine(in: .body))")
        #expect(Keymap.standard.hintLine(in: .body).contains("c compare"), "the keymap it was copied from keeps its own")
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 60, height: 12)])
    func theHelpsLastPageIsFull(size: Size) {
        let screen = play(ReaderFixture.keys("?G"), library: ReaderFixture.library, size: size, theme: .monochrome).terminal.screen
        let lines = HelpOverlayView.lines(for: .standard)
        let box = HelpOverlayView.box(size: size, keymap: .standard)
        let bottomRow = screen[box.y + box.height - 2]
        #expect(bottomRow.contains(lines.last!.summary!.prefix(16)), "the help's last line sits on the box's last row: \(screen)")
        let topRow = screen[box.y + 1]
        let first = lines[lines.count - HelpOverlayView.visibleRows(size: size, keymap: .standard)]
        #expect(topRow.contains((first.summary ?? first.keys).prefix(12)) || (first.summary == "" && first.keys == ""), "and the page is full")
    }
}
