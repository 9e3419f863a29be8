import CNcursesw
import CTerminalSignals

extension CursesTerminal {
    /// Lends the terminal to another program (the person's editor) until it
    /// exits: curses steps aside, the program gets the real standard error
    /// and its arguments as they are (no shell), then the screen is drawn
    /// again whole. Returns its wait status, or why it could not start.
    public func runOutside(_ arguments: [String]) -> Result<Int32, SystemCallFailure> {
        stepAside { ForegroundProcess.run(arguments, standardError: realStandardError) }
    }

    /// Ctrl-Z: the terminal back to the shell, the process stopped, and on
    /// `fg` the screen drawn again whole, all on the reader's thread between
    /// two frames.
    func suspend() {
        // Only modes read while the reader owns the terminal (fd 0) are
        // its own: in the background they may already be the shell's. And
        // the screen is given back even from there, without SIGTTOU
        // stopping the process halfway.
        ts_hold_background_stops(1)
        stepAside(savingModes: ts_in_foreground(0) != 0) {
            ts_hold_background_stops(0)
            ts_stop_self()
        }
    }

    /// Runs `body` with curses off the screen (the terminal in the shell's
    /// modes, mouse reporting and bracketed paste off), then takes the
    /// screen back (ncurses clears it) and draws the frame again whole.
    private func stepAside<T>(savingModes: Bool = true, _ body: () -> T) -> T {
        if savingModes { def_prog_mode() }
        setBracketedPaste(false)
        leaveCursorAtBottom()
        endwin()
        ts_set_screen_taken(0)
        let result = body()
        reset_prog_mode()
        ts_set_screen_taken(1)
        clearok(cn_curscr(), true)
        refresh()
        redrawWhole()
        setBracketedPaste(true)
        return result
    }
}
