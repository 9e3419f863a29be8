/// How a config file writes keys: a character as itself (`j`, `G`, `?`),
/// `C-d` for Ctrl-D, and names for the rest (`Enter`, `Esc`, `Tab`,
/// `S-Tab`, `Space`, `Backspace`, `Delete`, `Up`, `Down`, `Left`, `Right`,
/// `PgUp`, `PgDn`, `Home`, `End`, `F1`–`F12`). Names are read in any case;
/// a single character is taken as it is, so `g` and `G` differ.
extension Key {
    /// The key `text` names, or nil with no such key.
    public init?(configName text: String) {
        if text.count == 1, let character = text.first {
            guard !character.isWhitespace, !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return nil }
            self = .character(character)
            return
        }
        let lowered = text.lowercased()
        for prefix in ["c-", "ctrl-", "ctrl+", "^"] where lowered.hasPrefix(prefix) && lowered.count == prefix.count + 1 {
            let letter = lowered.last!
            // Ctrl-H, -I, -J and -M reach weigh as Backspace, Tab and Enter.
            guard letter.isASCII, letter.isLetter, !"hijm".contains(letter) else { return nil }
            self = .control(letter)
            return
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number), !lowered.hasPrefix("f0") {
            self = .function(number)
            return
        }
        guard let named = Self.names[lowered] else { return nil }
        self = named
    }

    private static let names: [String: Key] = [
        "space": .character(" "), "enter": .enter, "return": .enter, "tab": .tab,
        "s-tab": .backTab, "shift-tab": .backTab, "backtab": .backTab,
        "esc": .escape, "escape": .escape, "backspace": .backspace, "bs": .backspace,
        "delete": .delete, "del": .delete, "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
    ]

    /// How a config file writes the key (`Key(configName:)` reads it back):
    /// the help's label, but in words a keyboard can type.
    public var configName: String {
        switch self {
        case .control(let letter): "C-\(letter)"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .backTab: "S-Tab"
        default: label
        }
    }
}
