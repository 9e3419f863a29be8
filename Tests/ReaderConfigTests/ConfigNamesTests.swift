import ReaderConfig
import ReaderUI
import Testing

@Suite("Config names: actions, keys and scopes read back to themselves")
struct ConfigNamesTests {
    @Test func everyBoundActionHasItsOwnName() {
        // Following a link by its number is bound to the digits themselves.
        let numbered = Action.chooseLink(number: nil)
        #expect(numbered.configName == nil)
        let actions = Set(Keymap.standard.bindings.map(\.action)).subtracting([numbered])
        let names = actions.compactMap(\.configName)
        #expect(names.count == actions.count, "every action a key triggers has a name")
        #expect(Set(names).count == names.count, "no two share one")
        for action in actions {
            #expect(Action.named(action.configName!) == action)
            #expect(action.configName!.allSatisfy { $0.isLowercase || $0 == "-" }, "kebab-case: \(action.configName!)")
        }
        #expect(Action.named("write-note") == .writeNote && Action.named("show-decision") == .showDecision)
        #expect(Action.named("rate-most") == .rateTopic(.most) && Action.named("clear-rating") == .rateTopic(.notRated))
        #expect(Action.named("resize") == nil)
    }

    @Test func everyStandardKeyReadsBack() {
        for key in Set(Keymap.standard.bindings.flatMap(\.keys)) {
            #expect(Key(configName: key.configName) == key, "\(key.configName)")
        }
    }

    @Test(arguments: [
        ("j", Key.character("j")), ("G", .character("G")), ("?", .character("?")), ("C-d", .control("d")),
        ("Ctrl-D", .control("d")), ("^u", .control("u")), ("Enter", .enter), ("return", .enter), ("ESC", .escape),
        ("Tab", .tab), ("S-Tab", .backTab), ("Shift-Tab", .backTab), ("F1", .function(1)), ("f12", .function(12)),
        ("Space", .character(" ")), ("PgDn", .pageDown), ("PageUp", .pageUp), ("Up", .up), ("left", .left),
        ("Backspace", .backspace), ("Del", .delete), ("Home", .home), ("end", .end), ("é", .character("é")),
    ])
    func keyNames(text: String, key: Key) {
        #expect(Key(configName: text) == key)
    }

    @Test(arguments: ["", " ", "C-", "C-1", "C-i", "C-m", "F0", "F13", "F01", "jj", "Ctrl-Shift-Q", "\u{1B}", "Hyper-x"])
    func notKeys(text: String) {
        #expect(Key(configName: text) == nil)
    }

    @Test func scopesReadBack() {
        #expect(KeyScope.configNames == ["everywhere", "contents", "article", "comparison", "bookmarks", "results", "help", "decision", "links"])
        for name in KeyScope.configNames { #expect(KeyScope(configName: name)?.configName == name) }
    }

    @Test func colorsReadBack() {
        #expect(RoleColor(text: "black on cyan") == RoleColor(.black, on: .cyan))
        #expect(RoleColor(text: "Default  ON  Yellow") == RoleColor(nil, on: .yellow))
        #expect(RoleColor(text: "purple") == nil && RoleColor(text: "red on") == nil && RoleColor(text: "red over blue") == nil)
        for color in Theme.standardColors.values { #expect(RoleColor(text: color.text) == color) }
    }
}
