/// The colors of one `ColorRole`: a foreground and a background, each one
/// of the eight terminal colors or the terminal's default (nil). Written
/// in a config file as `COLOR` (the foreground) or `COLOR on COLOR`.
public struct RoleColor: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?

    public init(_ foreground: TerminalColor?, on background: TerminalColor? = nil) {
        self.foreground = foreground
        self.background = background
    }

    /// The terminal's own colors.
    public static let terminalDefault = RoleColor(nil)

    /// The color names a config file may use, `default` last.
    public static let names = TerminalColor.allCases.map(name(of:)) + ["default"]

    /// `red`, `black on cyan`, `default on yellow`; nil when not that form.
    public init?(text: String) {
        let words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        func color(_ word: String) -> TerminalColor?? {
            if word == "default" { return .some(nil) }
            return TerminalColor.allCases.first { Self.name(of: $0) == word }.map { .some($0) }
        }
        switch words.count {
        case 1:
            guard let foreground = color(words[0]) else { return nil }
            self.init(foreground)
        case 3 where words[1] == "on":
            guard let foreground = color(words[0]), let background = color(words[2]) else { return nil }
            self.init(foreground, on: background)
        default:
            return nil
        }
    }

    /// How a config file writes these colors (`RoleColor(text:)` reads it back).
    public var text: String {
        let foregroundName = foreground.map(Self.name(of:)) ?? "default"
        guard let background else { return foregroundName }
        return "\(foregroundName) on \(Self.name(of: background))"
    }

    static func name(of color: TerminalColor) -> String {
        switch color {
        case .black: "black"
        case .red: "red"
        case .green: "green"
        case .yellow: "yellow"
        case .blue: "blue"
        case .magenta: "magenta"
        case .cyan: "cyan"
        case .white: "white"
        }
    }
}
