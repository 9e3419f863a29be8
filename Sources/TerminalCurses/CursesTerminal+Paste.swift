import CNcursesw
import CTerminalSignals
import Glibc
import ReaderUI

/// Bracketed paste: while the reader has the screen, the terminal marks
/// pasted text (`ESC [200~` … `ESC [201~`), and the reader takes it as one
/// `InputEvent.paste`, never as keys. Without it a pasted line break is
/// Enter: it ends a note, and the rest of the paste runs as commands.
extension CursesTerminal {
    static let pasteStart: [UInt32] = [0x5B, 0x32, 0x30, 0x30, 0x7E]  // [200~ after ESC
    static let pasteEnd: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC [201~
    /// A paste is cut here; the rest of it is read and dropped.
    static let maximumPasteCharacters = 1 << 20
    /// A paste whose end marker does not come within this much silence is
    /// taken as it stands (a terminal that lost it must not hang the reader).
    static let pasteSilence: Duration = .milliseconds(300)

    /// Asks the terminal to mark pastes (xterm's mode 2004), or to stop.
    /// Terminals without the mode ignore it. Written straight to the
    /// terminal between frames: it is a mode, not something drawn.
    func setBracketedPaste(_ on: Bool) {
        TerminalOutput.write(Array((on ? "\u{1B}[?2004h" : "\u{1B}[?2004l").utf8))
    }

    /// The text of a paste whose start marker was just read, up to its end
    /// marker.
    func readPaste() -> String {
        var characters: [UInt32] = []
        // The last few characters, where the end marker shows, even once
        // the paste is past its cap and no longer kept.
        var recent: [UInt32] = []
        while true {
            guard let input = readInput() else {
                if waitForKeyboard(within: Self.pasteSilence) { continue }
                break
            }
            guard case .character(let value) = input else { continue }  // a key code inside a paste means nothing
            recent.append(value)
            if recent.count > Self.pasteEnd.count { recent.removeFirst() }
            if characters.count < Self.maximumPasteCharacters + Self.pasteEnd.count { characters.append(value) }
            if recent == Self.pasteEnd {
                if characters.suffix(Self.pasteEnd.count).elementsEqual(Self.pasteEnd) { characters.removeLast(Self.pasteEnd.count) }
                break
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: characters.prefix(Self.maximumPasteCharacters).compactMap(Unicode.Scalar.init))
        return text
    }

    /// Whether the keyboard has input within `timeout`.
    private func waitForKeyboard(within timeout: Duration) -> Bool {
        var entry = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        let (seconds, attoseconds) = timeout.components
        let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
        while true {
            let ready = poll(&entry, 1, milliseconds)
            if ready < 0 && errno == EINTR { continue }
            return ready > 0 && entry.revents & Int16(POLLIN) != 0
        }
    }
}
