import ArticleKit
import CNcursesw
import CTerminalSignals
import Foundation
import ReaderUI

/// The real terminal, through ncurses: the only code in weigh that calls
/// it. Sets the terminal up (wide characters, keys, mouse, colors), turns
/// its input into `InputEvent`s (CursesTerminal+Input.swift), draws
/// canvases (only cells that changed, encoded by `FrameEncoder` from the
/// terminal's terminfo and sent in one write, at most one frame per
/// `FramePacer` interval), and always restores the terminal — on `stop()`,
/// on a stop signal (then the process dies of that signal), and on a crash
/// (crashrestore.h).
@MainActor
public final class CursesTerminal: TypeaheadTerminal {
    public private(set) var size = Size(width: 0, height: 0)
    private let theme: Theme
    /// The last frame written: what the screen shows.
    private var shown: Canvas?
    /// The newest canvas not yet written, waiting for the pacer.
    private(set) var waiting: Canvas?
    private(set) var pacer = FramePacer()
    /// An event read ahead while answering `hasTypeahead`.
    var lookahead: InputEvent?
    /// The keyboard's bytes made into characters (CursesTerminal+Input.swift).
    var keyboardBytes = UTF8InputDecoder()
    /// Input read and put back, newest last.
    var pushedBack: [CursesInput] = []
    var counts = DrawCounts()
    private var countsPath: String?
    private var testCrash: TestCrash?
    /// Set up in `start`, once terminfo has been read.
    private var encoder: FrameEncoder?
    private var standardError: StandardErrorCapture?
    private var started = false
    /// Where other threads post actions for the loop.
    public nonisolated let external = ExternalReports()

    public init(theme: Theme) {
        self.theme = theme
    }

    /// Takes over the screen. Check `TerminalAvailability` first: ncurses
    /// exits the process on a terminal it cannot use.
    public func start() {
        ProcessLocale.prepareUTF8()
        let environment = ProcessEnvironment.current
        testCrash = TestCrash(environment: environment)
        countsPath = environment[DrawCounts.environmentVariable]
        ts_prepare_crash_restore(STDOUT_FILENO)
        ts_install()
        ts_keep_frames_in_heap()
        if environment["ESCDELAY"] == nil { set_escdelay(25) }
        standardError = StandardErrorCapture()
        if let standardError { ts_set_crash_stderr(standardError.realStandardError, standardError.path) }
        initscr()
        // ncurses clears the screen once. It never draws again while the
        // reader runs (frames go out through `FrameEncoder`), so stdscr
        // stays blank and untouched: `wgetch` then has nothing to refresh.
        refresh()
        ts_set_screen_taken(1)
        started = true
        cbreak()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        // Input is read without blocking; the wait is a poll() on the
        // keyboard and the wake-up pipes (CursesTerminal+Input.swift).
        nodelay(cn_stdscr(), true)
        // Frames are already coalesced; ncurses must not stop one halfway
        // because a key is waiting.
        typeahead(-1)
        idlok(cn_stdscr(), true)
        // The cursor is hidden, so a frame need not move it back anywhere.
        curs_set(0)
        leaveok(cn_stdscr(), true)
        mouseinterval(0)
        mousemask(cn_button1_pressed() | cn_button4_pressed() | cn_button5_pressed(), nil)
        setBracketedPaste(true)
        encoder = FrameEncoder(capabilities: .current(colors: theme.usesColor))
        updateSize()
    }

    /// Gives the screen back: leaves curses mode and replays anything
    /// written to stderr meanwhile. Safe to call twice.
    public func stop() {
        guard started else { return }
        started = false
        setBracketedPaste(false)
        leaveCursorAtBottom()
        endwin()
        ts_set_screen_taken(0)
        ts_set_crash_stderr(-1, nil)
        standardError?.finish()
        standardError = nil
        if let countsPath { counts.write(toPath: countsPath) }
    }

    /// Where standard error really goes (-1: it is not captured).
    var realStandardError: Int32 { standardError?.realStandardError ?? -1 }

    /// A stop signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) received, if any.
    public var pendingSignal: Int32? {
        let signal = ts_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// Restores the terminal, then ends the process by `signal`.
    public func die(of signal: Int32) -> Never {
        stop()
        ts_raise_with_default_action(signal)
        exit(128 + signal)
    }

    /// Takes `canvas` as the next frame: written now if the pacer allows,
    /// otherwise when `nextEvent` next waits for input (replaced if a newer
    /// canvas comes first).
    public func draw(_ canvas: Canvas) {
        counts.canvases += 1
        waiting = canvas
        if pacer.delay(at: .now) == .zero { writeWaitingFrame() }
    }

    /// Writes the waiting canvas: only the cells that differ from the
    /// screen, in one write.
    func writeWaitingFrame() {
        guard let canvas = waiting, var encoder else { return }
        waiting = nil
        // Drawn for a size the terminal no longer has: the loop draws again
        // once it has seen the resize.
        guard canvas.size == size else { return }
        encoder.encode(canvas, over: shown)
        if !encoder.bytes.isEmpty { TerminalOutput.write(encoder.bytes) }
        self.encoder = encoder
        shown = canvas
        pacer.recordFrame(at: .now)
        counts.frames += 1
        if let crash = testCrash {
            testCrash = nil
            crash.trigger()
        }
    }

    /// Takes the terminal's new size after SIGWINCH; the next frame is
    /// drawn whole.
    func resized() -> InputEvent {
        _ = ts_resize_curses(STDOUT_FILENO)
        // Resizing touched stdscr: without this, the next `wgetch` would
        // refresh it and blank the screen over the frame drawn meanwhile.
        wnoutrefresh(cn_stdscr())
        updateSize()
        shown = nil
        counts.resizes += 1
        return .resize(size)
    }

    /// After ncurses has drawn the screen itself (blank, on coming back
    /// from another program): the frame it showed goes out again whole.
    func redrawWhole() {
        if waiting == nil { waiting = shown }
        shown = nil
    }

    /// Sends the cursor to the bottom-left corner through ncurses, which
    /// then knows where it is: leaving the screen, it moves from there.
    func leaveCursorAtBottom() {
        mvcur(-1, -1, Int32(max(size.height - 1, 0)), 0)
    }

    private func updateSize() {
        var rows: Int32 = 0
        var columns: Int32 = 0
        cn_getmaxyx(cn_stdscr(), &rows, &columns)
        size = Size(width: Int(columns), height: Int(rows))
    }
}
