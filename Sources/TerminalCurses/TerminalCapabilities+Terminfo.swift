import CNcursesw
import Glibc
import ReaderUI

extension TerminalCapabilities {
    /// The capabilities of the terminal ncurses has set up (by `initscr`
    /// or `setupterm`). `colors` false (a theme without color, `NO_COLOR`)
    /// or a terminal without eight ANSI colors draws without color.
    static func current(colors: Bool) -> TerminalCapabilities {
        var capabilities = TerminalCapabilities(
            cursorAddressing: cursorAddressing(), scrolling: scrolling(),
            resetAttributes: string("sgr0"),
            bold: string("bold"), dim: string("dim"), italic: string("sitm"),
            underline: string("smul"), reverse: string("rev"),
            scrollsAtLastCell: cn_tigetflag("am") == 1 && cn_tigetflag("xenl") == 0)
        let count = TerminalColor.allCases.count
        if colors, cn_tigetnum("colors") >= count,
           let setForeground = cn_tigetstr("setaf"), let setBackground = cn_tigetstr("setab") {
            capabilities.foregrounds = (0..<count).map { withoutPadding(cn_tiparm1(setForeground, Int32($0))) }
            capabilities.backgrounds = (0..<count).map { withoutPadding(cn_tiparm1(setBackground, Int32($0))) }
            capabilities.defaultColors = string("op")
        }
        return capabilities
    }

    /// The capabilities terminfo describes for the terminal type `name`,
    /// or nil when it has no description of it. Sets ncurses' current
    /// terminal: not for use while curses has the screen.
    static func described(_ name: String, colors: Bool) -> TerminalCapabilities? {
        guard cn_terminal_known(name, STDOUT_FILENO) != 0 else { return nil }
        return current(colors: colors)
    }

    /// `ansi` when the terminal's `cup` says what ANSI does (checked at two
    /// places), else its own `cup` filled in for each move.
    private static func cursorAddressing() -> CursorAddressing {
        guard let template = cn_tigetstr("cup") else { return .ansi }
        let kept = Array(UnsafeBufferPointer(start: template, count: strlen(template) + 1))
        let expand: @Sendable (Int, Int) -> [UInt8] = { row, column in
            kept.withUnsafeBufferPointer { withoutPadding(cn_tiparm2($0.baseAddress!, Int32(row), Int32(column))) }
        }
        let agrees = [(4, 7), (30, 110)].allSatisfy { row, column in
            expand(row, column) == Array("\u{1B}[\(row + 1);\(column + 1)H".utf8)
        }
        return agrees ? .ansi : .expanded(expand)
    }

    /// `csr`, `ind` and `ri`, when the terminal has all three.
    private static func scrolling() -> Scrolling? {
        guard let template = cn_tigetstr("csr"), cn_tigetstr("ind") != nil, cn_tigetstr("ri") != nil else { return nil }
        let kept = Array(UnsafeBufferPointer(start: template, count: strlen(template) + 1))
        return Scrolling(setRegion: { top, bottom in
            kept.withUnsafeBufferPointer { withoutPadding(cn_tiparm2($0.baseAddress!, Int32(top), Int32(bottom))) }
        }, forward: string("ind"), reverse: string("ri"))
    }

    /// A string capability without its padding, empty when absent.
    private static func string(_ name: String) -> [UInt8] {
        withoutPadding(cn_tigetstr(name))
    }

    /// `text` without terminfo's delays (`$<5>`, `$<2*/>`): ncurses waits
    /// for them only on slow serial lines, and sent as text they would show.
    static func withoutPadding(_ text: UnsafePointer<CChar>?) -> [UInt8] {
        guard let text else { return [] }
        let bytes = Array(UnsafeBufferPointer(start: text, count: strlen(text))).map { UInt8(bitPattern: $0) }
        var kept: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">")),
               bytes[(index + 2)..<close].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2A || $0 == 0x2F }) {
                index = close + 1
                continue
            }
            kept.append(bytes[index])
            index += 1
        }
        return kept
    }
}
