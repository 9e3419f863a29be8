import CNcursesw
import CTerminalSignals

extension CursesTerminal {
    /// Lends the terminal to another program (the person's editor) until it
    /// exits: curses steps aside, the program gets the real standard error
    /// and its arguments as they are (no shell), then the screen is drawn
    /// again whole. Returns its wait status, or why it could not start.
    public func runOutside(_ arguments: [String]) -> Result<Int32, SystemCallFailure> {
        def_prog_mode()
        setBracketedPaste(false)
        endwin()
        ts_set_screen_taken(0)
        let result = ForegroundProcess.run(arguments, standardError: realStandardError)
        reset_prog_mode()
        ts_set_screen_taken(1)
        clearok(cn_curscr(), true)
        refresh()
        setBracketedPaste(true)
        return result
    }
}
