import ReaderUI
@testable import TerminalCurses

extension TerminalCapabilities {
    /// An xterm as `ModelTerminal` understands it, colors, scrolling and all.
    static let ansiForTests = TerminalCapabilities(
        cursorAddressing: .ansi,
        scrolling: Scrolling(setRegion: { csi("\($0 + 1);\($1 + 1)r") }, forward: [0x0A], reverse: [0x1B, 0x4D]),
        resetAttributes: csi("m"), bold: csi("1m"), dim: csi("2m"), italic: csi("3m"),
        underline: csi("4m"), reverse: csi("7m"),
        foregrounds: TerminalColor.allCases.map { csi("3\($0.rawValue)m") },
        backgrounds: TerminalColor.allCases.map { csi("4\($0.rawValue)m") },
        defaultColors: csi("39;49m"))

    private static func csi(_ text: String) -> [UInt8] { [0x1B] + Array("[\(text)".utf8) }
}
