import ArticleKit
import CNcursesw
import CTerminalSignals
import Foundation
import ReaderUI

/// The real terminal, through ncurses: the only code in weigh that calls
/// it. Sets the terminal up (wide characters, keys, mouse, colors), turns
/// its input into `InputEvent`s (CursesTerminal+Input.swift), draws
/// canvases cell by cell (only cells that changed, at most one frame per
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
    private var colorPairs = ColorPairs()
    /// The changed cells of a row waiting to be put, kept between frames
    /// so drawing allocates nothing.
    private var run: [cchar_t] = []
    private var standardError: StandardErrorCapture?
    private var started = false
    private var usesColor = false
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
        // ncurses (6.4) writes out at every cursor movement until the
        // screen has been through endwin() and back once, so a frame left
        // in a dozen writes, one per changed line. The round trip, before
        // anything is drawn, makes each later frame one write; it costs a
        // leave and re-enter of the alternate screen while it is blank.
        endwin()
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
        setBracketedPaste(false)
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
    /// screen, then one refresh.
    func writeWaitingFrame() {
        guard let canvas = waiting else { return }
        waiting = nil
        // Drawn for a size the terminal no longer has: the loop draws again
        // once it has seen the resize.
        guard canvas.size == size else { return }
        if canvas.size != shown?.size {
            werase(cn_stdscr())
            shown = nil
        }
        let previous = shown?.cells ?? []
        canvas.cells.withUnsafeBufferPointer { cells in
            previous.withUnsafeBufferPointer { before in
                for y in 0..<canvas.size.height {
                    putChangedRuns(of: cells, before: before, row: y, width: canvas.size.width)
                }
            }
        }
        wrefresh(cn_stdscr())
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
        updateSize()
        shown = nil
        counts.resizes += 1
        return .resize(size)
    }

    /// Puts the cells of row `row` that differ from `before` (all of them
    /// when `before` is empty), each run of changed cells in one call. The
    /// covered half of a wide glyph is never put: its glyph, on the screen
    /// already or in the run, covers it.
    private func putChangedRuns(of cells: UnsafeBufferPointer<Canvas.Cell>, before: UnsafeBufferPointer<Canvas.Cell>,
                                row: Int, width: Int) {
        var runStart = 0
        var lastStyle: CellStyle?
        var styled = cchar_t()
        for x in 0..<width {
            let index = row * width + x
            let cell = cells[index]
            if !before.isEmpty, before[index] == cell {
                putRun(row: row, from: runStart)
                continue
            }
            let glyph = cell.glyph
            if glyph == .continuation { continue }
            if run.isEmpty { runStart = x }
            let style = cell.style
            if style != lastStyle {
                let (attributes, pair) = colorPairs.attributes(for: style, colors: usesColor)
                _ = cn_cell_style(&styled, attributes, pair)
                lastStyle = style
            }
            func character(_ index: Int) -> wchar_t { wchar_t(bitPattern: glyph.scalarValue(at: index)) }
            cn_cell_chars(&styled, character(0), character(1), character(2), character(3), character(4))
            run.append(styled)
        }
        putRun(row: row, from: runStart)
    }

    /// Puts the cells gathered in `run` at (row, column) and empties it.
    private func putRun(row: Int, from column: Int) {
        guard !run.isEmpty else { return }
        _ = cn_put_cells(Int32(row), Int32(column), run, Int32(run.count))
        run.removeAll(keepingCapacity: true)
    }

    private func updateSize() {
        var rows: Int32 = 0
        var columns: Int32 = 0
        cn_getmaxyx(cn_stdscr(), &rows, &columns)
        size = Size(width: Int(columns), height: Int(rows))
    }
}
