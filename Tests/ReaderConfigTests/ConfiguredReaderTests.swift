import ArticleKit
import ReaderConfig
import ReaderUI
import Testing

@Suite("A config file reaching the reader: keys, help, status line, colors, width, contents")
@MainActor
struct ConfiguredReaderTests {
    static let library: Library = {
        let words = Array(repeating: "Every sentence here is long enough to wrap at any width the reader may choose.", count: 8)
            .joined(separator: " ")
        let alpha = "## Heading Words\n\n" + words + "\n\n## Later Part\n\n" + words + "\n"
        return Library(topics: [], articles: [
            Article(id: "alpha", title: "Alpha", blocks: MarkdownParser.parse(alpha), fileName: "alpha.md"),
            Article(id: "beta", title: "Beta", blocks: MarkdownParser.parse("Short.\n"), fileName: "beta.md"),
        ])
    }()

    /// The reader started as `weigh` starts it with `config` as its file,
    /// after `keys` are typed.
    static func play(config: String, keys: String = "", size: Size = Size(width: 120, height: 30),
                     environment: ProcessEnvironment = [:]) -> (state: AppState, terminal: MemoryTerminal, problems: [ConfigProblem]) {
        let (settings, problems) = ConfigFileParser.parse(config)
        let state = AppState(library: library, size: size, keymap: settings.keymap, maximumTextWidth: settings.bodyWidth,
                             contentsHidden: !settings.contentsShown)
        let terminal = MemoryTerminal(size: size, events: keys.map { .key(.character($0)) })
        var loop = ReaderLoop(state: state, theme: Theme.forEnvironment(environment, configured: settings.theme))
        return (loop.run(on: terminal), terminal, problems)
    }

    static let remapping = """
    keys:
      everywhere:
        quit: [x]
        toggle-comparison: C
      comparison:
        write-note: n
    """

    @Test func remappedKeysWorkAndShowInTheStatusLine() {
        let started = Self.play(config: Self.remapping, size: Size(width: 170, height: 30))
        #expect(started.problems == [])
        let status = started.terminal.screen.last ?? ""
        #expect(status.contains("C compare") && status.contains("x quit"), "[\(status)]")
        #expect(!status.contains("c compare") && !status.contains("q quit"), "\(status)")
        let comparison = Self.play(config: Self.remapping, keys: "C")
        #expect(comparison.state.comparison != nil, "C opens the comparison")
        #expect(comparison.terminal.screen.last?.contains("n note") == true, "\(comparison.terminal.screen.last ?? "")")
        #expect(Self.play(config: Self.remapping, keys: "c").state.comparison == nil, "c no longer does")
        #expect(Self.play(config: Self.remapping, keys: "xC").state.comparison == nil, "x quit before C was read")
        #expect(Self.play(config: Self.remapping, keys: "qC").state.comparison != nil, "q no longer quits")
    }

    @Test func remappedKeysShowInTheHelp() {
        let help = Self.play(config: Self.remapping, keys: "?", size: Size(width: 120, height: 90)).terminal.screen
        let quit = help.first { $0.contains("Quit") && !$0.contains("weigh") }
        #expect(quit?.contains("│ x ") == true || quit?.contains(" x  ") == true, "\(quit ?? "no Quit line")")
        #expect(help.contains { $0.contains(" C ") && $0.contains("Open or close the risk/benefit comparison") }, "\(help)")
        #expect(help.contains { $0.contains(" n ") && $0.contains("Write a note on the selected claim") && !$0.contains("topic") }, "\(help)")
        #expect(!help.contains { $0.contains(" q ") && $0.contains("Quit") }, "\(help)")
    }

    static let movedKeys = """
    keys:
      everywhere:
        quit: [x]
        add-bookmark: M
        show-decision: D
      article:
        find: S
      comparison:
        find: "|"
      help:
        close-overlay: [h]
        line-down: [J]
        line-up: [K]
      decision:
        close-overlay: [z]
    """

    @Test func titlesAndMessagesNameTheKeysInForce() {
        let help = Self.play(config: Self.movedKeys, keys: "?").terminal.screen
        #expect(help.contains { $0.contains("Keys — h closes") }, "\(help)")
        #expect(help.contains { $0.contains("J/K more ↓") }, "\(help)")
        #expect(!help.contains { $0.contains("Esc closes") || $0.contains("j/k more") })
        let decision = Self.play(config: Self.movedKeys, keys: "D").terminal.screen
        #expect(decision.contains { $0.contains("My decision — z closes") }, "only z closes it: \(decision)")
        let bookmarks = Self.play(config: Self.movedKeys, keys: "'")
        #expect(bookmarks.state.message == "No bookmarks yet: press M in an article to add one")
        let find = Self.play(config: Self.movedKeys, keys: "n")
        #expect(find.state.message == "No search yet: press S to search")
        let findInComparison = Self.play(config: Self.movedKeys, keys: "cn")
        #expect(findInComparison.state.message == "No search yet: press | to search")
        let small = Self.play(config: Self.movedKeys, size: Size(width: 30, height: 6)).terminal.screen
        #expect(small.contains { $0.contains("enlarge it, or press x") }, "\(small)")
    }

    /// A key is named only where it does what it is named for: a pane's
    /// own key shadows everywhere's, and the overlays take none from
    /// everywhere.
    @Test func aKeyShadowedOrNotReachingAnOverlayIsNotNamed() {
        let shadowed = Self.play(config: "keys:\n  article:\n    show-links: [m]\n", keys: "'")
        #expect(shadowed.state.message == "No bookmarks yet: press its key in an article to add one")
        let help = Self.play(config: "keys:\n  help:\n    line-down: []\n", keys: "?").terminal.screen
        #expect(!help.contains { $0.contains("j/k more") }, "j no longer scrolls the help: \(help)")
        let keymap = ConfigFileParser.parse("keys:\n  decision:\n    close-overlay: [Esc, q]\n").configuration.keymap
        #expect(keymap.firstKey(for: .showDecision, in: .decision) == nil, "d is not taken from everywhere in My decision")
        let decision = Self.play(config: "keys:\n  decision:\n    close-overlay: [Esc, q]\n", keys: "d").terminal.screen
        #expect(decision.contains { $0.contains("My decision — Esc or q closes") }, "\(decision)")
    }

    /// The style of the first cell of `text` on the screen.
    static func style(of text: String, in terminal: MemoryTerminal) -> CellStyle? {
        guard let canvas = terminal.frames.last else { return nil }
        for (y, line) in canvas.lines.enumerated() {
            if let range = line.range(of: text) {
                return canvas[line.distance(from: line.startIndex, to: range.lowerBound), y].style
            }
        }
        return nil
    }

    static let colors = "theme: colored\ncolors:\n  heading: red\n  title-bar: white on blue\n"

    @Test func theFilesColorsAreDrawn() {
        let terminal = Self.play(config: Self.colors).terminal
        #expect(Self.style(of: "Heading Words", in: terminal)?.foreground == .red)
        #expect(Self.style(of: "Heading Words", in: terminal)?.bold == true, "attributes stay")
        let title = terminal.frames.last?[0, 0].style
        #expect(title?.foreground == .white && title?.background == .blue)
    }

    @Test func noColorBeatsTheFile() {
        let terminal = Self.play(config: Self.colors, environment: ["NO_COLOR": "1"]).terminal
        let heading = Self.style(of: "Heading Words", in: terminal)
        #expect(heading?.foreground == nil && heading?.bold == true)
        let title = terminal.frames.last?[0, 0].style
        #expect(title?.foreground == nil && title?.background == nil && title?.reverse == true)
    }

    @Test func monochromeInTheFileDrawsWithoutColor() {
        let heading = Self.style(of: "Heading Words", in: Self.play(config: "theme: monochrome\n" + Self.colors.dropFirst(15)).terminal)
        #expect(heading?.foreground == nil && heading?.bold == true)
    }

    @Test func bodyWidthCapsTheArticlesLines() {
        let narrow = Self.play(config: "body-width: 40")
        #expect(narrow.problems == [])
        #expect(narrow.state.reading?.width == 40)
        let bodyLines = narrow.terminal.screen.dropFirst().dropLast().map { line in
            line.split(separator: "│", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        }
        #expect(bodyLines.contains { $0.hasPrefix("Every sentence") })
        #expect(bodyLines.allSatisfy { $0.count <= 40 }, "\(bodyLines)")
        #expect(bodyLines.contains { $0.count > 30 }, "the text fills its width")
        #expect(Self.play(config: "", size: Size(width: 160, height: 30)).state.reading?.width == ScreenLayout.defaultMaximumTextWidth)
    }

    @Test func contentsCanStartHidden() {
        let hidden = Self.play(config: "contents-shown: false")
        #expect(hidden.state.contentsHidden)
        #expect(!hidden.terminal.screen.contains { $0.contains("Beta") }, "\(hidden.terminal.screen)")
        #expect(Self.play(config: "contents-shown: false", keys: "T").terminal.screen.contains { $0.contains("Beta") }, "T shows them")
        #expect(Self.play(config: "").terminal.screen.contains { $0.contains("Beta") }, "shown by default")
    }
}
