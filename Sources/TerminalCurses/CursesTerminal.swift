import CNcursesw
import CTerminalSignals
import Foundation
import ReaderUI

/// The real terminal, through ncurses: the only code in weigh that calls
/// it. Sets the terminal up (wide characters, keys, mouse, colors), turns
/// its input into `InputEvent`s, draws canvases cell by cell (only cells
/// that changed), and always restores the terminal — on `stop()`, on a
/// stop signal (then the process dies of that signal), and on a crash.
@MainActor
public final class CursesTerminal: Terminal {
    public private(set) var size = Size(width: 0, height: 0)
    private let theme: Theme
    private var previous: Canvas?
    private var colorPairs = ColorPairs()
    private var standardError: StandardErrorCapture?
    private var started = false
    private var usesColor = false
    /// Where other threads post actions for the loop.
    public nonisolated let external = ExternalActions()

    public init(theme: Theme) {
        self.theme = theme
    }

    /// Takes over the screen. Check `TerminalAvailability` first: ncurses
    /// exits the process on a terminal it cannot use.
    public func start() {
        ProcessLocale.prepareUTF8()
        ts_install()
        if ProcessInfo.processInfo.environment["ESCDELAY"] == nil { set_escdelay(25) }
        standardError = StandardErrorCapture()
        if let standardError { ts_set_crash_stderr(standardError.realStandardError) }
        initscr()
        started = true
        cbreak()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        idlok(cn_stdscr(), true)
        curs_set(0)
        mouseinterval(0)
        mousemask(cn_button1_pressed() | cn_button4_pressed() | cn_button5_pressed(), nil)
        if theme.usesColor && has_colors() {
            start_color()
            use_default_colors()
            usesColor = true
        }
        updateSize()
    }

    /// Gives the screen back: leaves curses mode and replays anything
    /// written to stderr meanwhile. Safe to call twice.
    public func stop() {
        guard started else { return }
        started = false
        endwin()
        standardError?.finish()
        standardError = nil
    }

    /// A stop signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) received, if any.
    public var pendingSignal: Int32? {
        let signal = ts_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// Restores the terminal, then ends the process by `signal`.
    public func die(of signal: Int32) -> Never {
        stop()
        ts_die_of(signal)
        exit(128 + signal)
    }

    public func nextEvent() -> InputEvent? {
        while true {
            if pendingSignal != nil { return nil }
            if let action = external.take() { return .action(action) }
            var character: wint_t = 0
            // Take what ncurses already has without blocking; when there is
            // nothing, sleep in poll() on the keyboard and the wake-up pipe
            // (a signal or SIGWINCH interrupts it, then we look again).
            nodelay(cn_stdscr(), true)
            let status = wget_wch(cn_stdscr(), &character)
            nodelay(cn_stdscr(), false)
            if pendingSignal != nil { return nil }
            if status == cn_key_code_yes() {
                let code = Int32(character)
                if code == cn_key_resize() {
                    updateSize()
                    previous = nil
                    return .resize(size)
                }
                if code == cn_key_mouse() {
                    if let mouse = readMouse() { return .mouse(mouse) }
                    continue
                }
                if let key = CursesKeyDecoder.key(forCode: code) { return .key(key) }
            } else if status == OK {
                if let key = CursesKeyDecoder.key(forCharacter: UInt32(character)) { return .key(key) }
            } else if !waitForInput() {
                return nil  // input closed
            }
        }
    }

    /// Blocks until the keyboard or the wake-up pipe has something, or a
    /// signal arrives. False when the keyboard has closed.
    private func waitForInput() -> Bool {
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: external.readEnd, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&fds, nfds_t(fds.count), -1)
        if ready < 0 { return errno == EINTR }
        return fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) == 0 || fds[0].revents & Int16(POLLIN) != 0
    }

    public func draw(_ canvas: Canvas) {
        if canvas.size != previous?.size {
            werase(cn_stdscr())
            previous = nil
        }
        let width = canvas.size.width
        var characters = [UInt32](repeating: 0, count: Glyph.maximumScalars + 1)
        for y in 0..<canvas.size.height {
            for x in 0..<width {
                let cell = canvas[x, y]
                if let previous, previous[x, y] == cell { continue }
                if cell.glyph == .continuation { continue }
                // With scrollok off, ncurses writes the bottom-right cell
                // without scrolling (add_wch reports ERR there; harmless).
                put(cell, y: y, x: x, characters: &characters)
            }
        }
        wrefresh(cn_stdscr())
        previous = canvas
    }

    private func put(_ cell: Canvas.Cell, y: Int, x: Int, characters: inout [UInt32]) {
        cell.glyph.fill(&characters)
        let (attributes, pair) = colorPairs.attributes(for: cell.style, colors: usesColor)
        characters.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: wchar_t.self) { wide in
                _ = cn_put_cell(Int32(y), Int32(x), wide.baseAddress, attributes, pair)
            }
        }
    }

    private func updateSize() {
        var rows: Int32 = 0
        var columns: Int32 = 0
        cn_getmaxyx(cn_stdscr(), &rows, &columns)
        size = Size(width: Int(columns), height: Int(rows))
    }

    private func readMouse() -> MouseEvent? {
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
