import ArticleKit
import ReaderConfig
import ReaderUI
import Testing

@Suite("The config file: settings read, problems at their lines")
struct ConfigFileParserTests {
    static func parse(_ text: String) -> (configuration: Configuration, problems: [ConfigProblem]) {
        ConfigFileParser.parse(text, folder: "/home/pat/.config/weigh", home: "/home/pat")
    }

    @Test func aGoodFileSetsEverySetting() {
        let (configuration, problems) = Self.parse("""
        # my settings
        theme: monochrome
        colors:
          heading: red
          title-bar: white on blue
          selection: default on magenta
        body-width: 72
        contents-shown: false
        library: ~/articles
        keys:
          everywhere:
            quit: [x, C-q]
            toggle-comparison: C
          comparison:
            write-note: n
        """)
        #expect(problems == [])
        #expect(!configuration.theme.usesColor)
        #expect(configuration.theme.colors[.heading] == RoleColor(.red))
        #expect(configuration.theme.colors[.titleBar] == RoleColor(.white, on: .blue))
        #expect(configuration.theme.colors[.selection] == RoleColor(nil, on: .magenta))
        #expect(configuration.theme.colors[.risk] == RoleColor(.red), "roles not named keep their colors")
        #expect(configuration.bodyWidth == 72)
        #expect(!configuration.contentsShown)
        #expect(configuration.library == "/home/pat/articles")
        let keymap = configuration.keymap
        #expect(keymap.action(for: .character("x"), in: .body) == .quit)
        #expect(keymap.action(for: .control("q"), in: .contents) == .quit)
        #expect(keymap.action(for: .character("q"), in: .body) == nil, "quit's keys were replaced")
        #expect(keymap.action(for: .character("C"), in: .body) == .toggleComparison)
        #expect(keymap.action(for: .character("n"), in: .comparison) == .writeNote)
        #expect(keymap.action(for: .character("a"), in: .comparison) == nil)
        #expect(keymap.action(for: .character("a"), in: .bookmarks) == .writeNote, "other scopes keep their keys")
        #expect(keymap.firstKey(for: .quit, in: .body) == .character("x"))
    }

    @Test func aRelativeLibraryIsTakenFromTheFilesFolder() {
        #expect(Self.parse("library: shelf/articles").configuration.library == "/home/pat/.config/weigh/shelf/articles")
        #expect(Self.parse("library: /srv/articles").configuration.library == "/srv/articles")
    }

    @Test func anEmptyFileOrOnlyCommentsIsTheDefaults() {
        for text in ["", "# nothing yet\n", "keys:\ncolors:\n"] {
            let (configuration, problems) = Self.parse(text)
            #expect(problems == [])
            #expect(configuration.keymap.bindings == Keymap.standard.bindings)
            #expect(configuration.bodyWidth == 100 && configuration.contentsShown && configuration.theme.usesColor)
        }
    }

    @Test func eachProblemIsAtItsLineAndOnlyItsSettingIsIgnored() {
        let (configuration, problems) = Self.parse("""
        theme: sepia
        colour: red
        colors:
          heading: purple
          headings: red
          risk: magenta
        body-width: 7
        contents-shown: maybe
        keys:
          everywhere:
            fly-away: z
            quit: [x, Ctrl-Shift-Q]
            toggle-comparison: C
            add-bookmark: C
          article:
            write-summary: w
          pane:
            quit: q
        """)
        let lines = problems.map(\.line)
        #expect(lines == [1, 2, 4, 5, 7, 8, 11, 12, 14, 16, 17], "\(problems)")
        #expect(problems[0].message.contains("'colored' or 'monochrome'"))
        #expect(problems[1].message.contains("unknown setting 'colour'"))
        #expect(problems[2].message.contains("'purple' is not a color for heading"))
        #expect(problems[3].message.contains("unknown color role 'headings'"))
        #expect(problems[4].message.contains("body-width is a number of columns from 20 to 400"))
        #expect(problems[5].message.contains("contents-shown is true or false"))
        #expect(problems[6].message.contains("unknown action 'fly-away'"))
        #expect(problems[7].message.contains("'Ctrl-Shift-Q' is not a key"))
        #expect(problems[8].message.contains("C is already bound to 'toggle-comparison' in the everywhere keys"))
        #expect(problems[9].message.contains("'write-summary' is not an action of the article keys (it is one of: decision)"))
        #expect(problems[10].message.contains("unknown key scope 'pane'"))
        #expect(configuration.theme.usesColor && configuration.bodyWidth == 100 && configuration.contentsShown)
        #expect(configuration.theme.colors[.heading] == RoleColor(.cyan))
        #expect(configuration.theme.colors[.risk] == RoleColor(.magenta), "a good color beside bad ones is taken")
        #expect(configuration.keymap.action(for: .character("q"), in: .body) == .quit, "a binding with a bad key is ignored whole")
        #expect(configuration.keymap.action(for: .character("C"), in: .body) == .toggleComparison)
        #expect(configuration.keymap.firstKey(for: .addBookmark, in: .body) == nil, "add-bookmark got no key but the conflicting one")
    }

    @Test func aBindingThatWouldStrandQuitOrTheHelpIsRefused() {
        let (configuration, problems) = Self.parse("""
        keys:
          everywhere:
            quit: []
            show-help: [H]
          contents:
            collapse: [Left, q]
          help:
            close-overlay: []
          decision:
            line-down: [j, Esc, q, d]
        """)
        #expect(problems.map(\.line) == [3, 6, 8, 10], "\(problems)")
        #expect(problems[0].message == "this binding would leave no key for 'quit' in the contents keys; ignored")
        #expect(problems[1].message.contains("no key for 'quit' in the contents keys"), "q in the contents would shadow quit there")
        #expect(problems[2].message.contains("no key for 'close-overlay' in the help keys"))
        #expect(problems[3].message.contains("no key for 'close-overlay' in the decision keys"))
        #expect(configuration.keymap.action(for: .character("q"), in: .contents) == .quit)
        #expect(configuration.keymap.action(for: .character("H"), in: .body) == .showHelp, "show-help: H is fine")
        #expect(configuration.keymap.action(for: .character("?"), in: .body) == nil)
        #expect(Keymap.standard.applying([]).problems == [], "the standard keys strand nothing")
    }

    @Test func theLinksCanAlwaysBeClosedAndTheirDigitsStay() {
        let (configuration, problems) = Self.parse("""
        keys:
          links:
            close-overlay: []
            line-down: [j, "1", Down]
            open: ["9"]
        """)
        #expect(problems.map(\.line) == [3, 4, 5], "\(problems)")
        #expect(problems[0].message.contains("no key for 'close-overlay' in the links keys"))
        #expect(problems[1].message == "1 follows the link it numbers in the links keys; ignored for 'line-down'")
        #expect(problems[2].message.contains("9 follows the link it numbers"))
        let links = configuration.keymap
        #expect(links.action(for: .escape, in: .links) == .closeOverlay)
        #expect(links.action(for: .character("1"), in: .links) == .chooseLink(number: 1))
        #expect(links.action(for: .character("9"), in: .links) == .chooseLink(number: 9))
        #expect(links.action(for: .down, in: .links) == .lineDown && links.action(for: .enter, in: .links) == nil)
    }

    @Test func aKeyTakenFromAnotherActionLeavesIt() {
        let (configuration, problems) = Self.parse("keys:\n  everywhere:\n    quit: [q, c]\n")
        #expect(problems == [])
        #expect(configuration.keymap.action(for: .character("c"), in: .body) == .quit)
        #expect(configuration.keymap.firstKey(for: .toggleComparison, in: .body) == nil)
        #expect(!configuration.keymap.bindings.contains { $0.action == .toggleComparison && $0.scope == .everywhere },
                "an action left with no key is not listed in the help")
    }

    @Test(arguments: [
        ("theme: [colored\n", 2),
        // Yams reports a duplicate at its mapping, or at the first of the two.
        ("theme: colored\ntheme: monochrome\n", 1),
        ("keys:\n  help:\n    quit: q\n    top: g\n    top: G\n", 4),
        ("keys:\n  everywhere:\n    quit: x\n   bad: indent\n", 4),
        ("colors:\n  heading: \"unterminated\n", 3),
    ])
    func brokenYAMLIsOneProblemAndTheDefaults(text: String, line: Int) {
        let (configuration, problems) = Self.parse(text)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.line == line, "\(problems)")
        #expect(problems.first?.message.hasSuffix("using the defaults") == true)
        #expect(configuration.theme.usesColor && configuration.keymap.bindings == Keymap.standard.bindings)
    }

    @Test func textFromTheFileIsNeutralizedInMessages() {
        let (_, problems) = Self.parse("\"bad\\e[31mkey\": 1\ntheme: \"\\e]0;owned\\a\"\n")
        #expect(problems.count == 2)
        for problem in problems {
            #expect(!problem.message.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(problem.message)")
        }
    }

    @Test func problemsReadAsFileLineMessage() {
        #expect(ConfigProblem(line: 3, message: "unknown setting 'x'").text(file: "/c/config.yaml") == "/c/config.yaml:3: unknown setting 'x'")
    }
}
