import CNcursesw
import CTerminalSignals
import Foundation
import ReaderUI

/// Input: everything already waiting is read without blocking (a resize,
/// an action posted from another thread, keys, mouse events); only when
/// there is nothing does the terminal write a waiting frame and sleep in
/// poll() on the keyboard and the two wake-up pipes (posted actions;
/// signals and SIGWINCH).
extension CursesTerminal {
    /// What the keyboard gave: a character, or ncurses' key code (KEY_…).
    enum CursesInput {
        case character(UInt32)
        case code(Int32)
    }

    public var hasTypeahead: Bool {
        if lookahead != nil || pendingSignal != nil { return true }
        lookahead = availableEvent()
        return lookahead != nil
    }

    public func nextEvent() -> InputEvent? {
        while true {
            if pendingSignal != nil { return nil }
            if let event = lookahead ?? availableEvent() {
                lookahead = nil
                counts.events += 1
                return event
            }
            if pendingSignal != nil { return nil }
            var timeout: Duration?
            if waiting != nil {
                let delay = pacer.delay(at: .now)
                if delay == .zero {
                    writeWaitingFrame()
                    continue
                }
                timeout = delay
            }
            if !waitForInput(timeout: timeout) { return nil }
        }
    }

    /// The next event that is already waiting, without blocking; nil when
    /// there is none. Any number of SIGWINCHs since the last look make one
    /// resize.
    func availableEvent() -> InputEvent? {
        ts_drain_wake()
        // A shell may have turned the mode off while the reader was
        // stopped (Ctrl-Z … fg).
        if ts_take_continued() != 0 { setBracketedPaste(true) }
        if ts_take_suspend() != 0 {
            suspend()
            // The window may have changed size meanwhile; this redraws.
            return resized()
        }
        if ts_take_resize() != 0 { return resized() }
        if let report = external.take() { return .report(report) }
        while let input = readInput() {
            switch input {
            case .code(let code):
                if code == cn_key_resize() { return resized() }
                if code == cn_key_mouse() {
                    if let mouse = readMouse() { return .mouse(mouse) }
                } else if let key = CursesKeyDecoder.key(forCode: code) {
                    return .key(key)
                }
            case .character(27):
                switch readEscapeSequence() {
                case nil: return .key(.escape)
                case Self.pasteStart?: return .paste(readPaste())
                default: break  // a sequence ncurses did not know: dropped
                }
            case .character(let value):
                if let key = CursesKeyDecoder.key(forCharacter: value) { return .key(key) }
            }
        }
        return nil
    }

    /// One character or key code, if ncurses has one now. Characters are
    /// decoded here from ncurses' bytes (`wgetch`), not by `wget_wch`:
    /// after a lead byte, `wget_wch` swallows the byte that breaks the
    /// sequence, so `0xE2 j` lost the `j`.
    func readInput() -> CursesInput? {
        if let input = pushedBack.popLast() { return input }
        while true {
            let value = wgetch(cn_stdscr())
            if value < 0 { return nil }  // ERR: nothing now (a character begun waits for its bytes)
            if value > 0xFF {
                // A key code (KEY_MIN and up): no character continues across it.
                keyboardBytes.reset()
                return .code(value)
            }
            if let scalar = keyboardBytes.take(UInt8(value)) { return .character(scalar.value) }
        }
    }

    /// After an ESC: when the rest of a sequence ncurses did not recognize
    /// follows at once, reads it and returns it (from the character after
    /// ESC: `[200~` starts a paste; anything else is dropped by the
    /// caller); otherwise (a lone Esc, or Alt with a key) leaves the next
    /// input where it was and returns nil.
    func readEscapeSequence() -> [UInt32]? {
        guard let next = readInput() else { return nil }
        guard case .character(let introducer) = next, var sequence = UnknownEscapeSequence(introducer: introducer) else {
            pushBack(next)
            return nil
        }
        var characters = [introducer]
        while let input = readInput() {
            guard case .character(let value) = input else {
                pushBack(input)
                break
            }
            if characters.count < Self.pasteStart.count + 1 { characters.append(value) }
            if sequence.ends(with: value) { break }
        }
        return characters
    }

    private func pushBack(_ input: CursesInput) {
        pushedBack.append(input)
    }

    /// Blocks until the keyboard or a wake-up pipe has something, a signal
    /// arrives, or `timeout` passes. False when the keyboard has closed.
    func waitForInput(timeout: Duration?) -> Bool {
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: external.readEnd, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: ts_wake_fd(), events: Int16(POLLIN), revents: 0)]
        var milliseconds: Int32 = -1
        if let timeout {
            let (seconds, attoseconds) = timeout.components
            milliseconds = Int32(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
        }
        let ready = poll(&fds, nfds_t(fds.count), milliseconds)
        if ready < 0 { return errno == EINTR }
        // A hung-up terminal can also report POLLIN (a read then fails):
        // hang-up wins, or the loop would spin.
        return fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) == 0
    }

    func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let kind: MouseEvent.Kind
        if state & cn_button4_pressed() != 0 {
            kind = .wheelUp
        } else if state & cn_button5_pressed() != 0 {
            kind = .wheelDown
        } else if state & cn_button1_pressed() != 0 {
            kind = .press
        } else {
            return nil
        }
        return MouseEvent(kind, x: Int(event.x), y: Int(event.y))
    }
}
