#ifndef WEIGH_CTERMINALSIGNALS_H
#define WEIGH_CTERMINALSIGNALS_H
// Signal handling for the full-screen session, in C because a handler must
// be async-signal-safe. The stop signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT)
// and SIGWINCH are only recorded, and each also writes a byte to a wake-up
// pipe the run loop polls beside the keyboard, so a signal that lands just
// before the loop goes to sleep still wakes it. Crashes are handled in
// crashrestore.h.

/// Unblocks the signals the reader relies on (a parent may have blocked
/// them), opens the wake-up pipe and installs the stop, SIGWINCH and
/// SIGTSTP handlers. Call before initscr(): ncurses then keeps ours. Its
/// own SIGTSTP handler would end and redraw the screen inside the handler,
/// on whatever the interrupted thread was doing, even halfway through a
/// frame; here Ctrl-Z is only recorded, and the reader's loop suspends.
void ts_install(void);

/// The first stop signal received since install, or 0.
int ts_pending_signal(void);

/// 1 if SIGWINCH arrived since the last call (and clears it), else 0.
/// Any number of SIGWINCHs between two calls count once.
int ts_take_resize(void);

/// 1 if the process was continued (SIGCONT, after a suspend) since the
/// last call (and clears it), else 0: terminal modes the shell may have
/// changed meanwhile are set again.
int ts_take_continued(void);

/// 1 if SIGTSTP (Ctrl-Z) arrived since the last call (and clears it).
int ts_take_suspend(void);

/// Stops the process as SIGTSTP's default action does, and returns once it
/// is continued. Call with curses stepped aside.
void ts_stop_self(void);

/// 1 if this process's group owns the terminal on `fd`. Under a wrapper
/// shell that did not `exec` weigh, Ctrl-Z stops the wrapper at once and
/// the login shell may take the terminal back before the reader steps
/// aside.
int ts_in_foreground(int fd);

/// Blocks (1) or unblocks (0) SIGTTOU, so giving the screen back from the
/// background writes instead of stopping the process halfway.
void ts_hold_background_stops(int hold);

/// The read end of the wake-up pipe (non-blocking), or -1.
int ts_wake_fd(void);

/// Empties the wake-up pipe. Call before checking the flags above, so a
/// signal arriving after the check leaves a byte behind.
void ts_drain_wake(void);

/// Restores the default action for `sig`, unblocks it and raises it: for a
/// stop signal the process ends (128 + sig in a shell, a core where the
/// system keeps them), for SIGTSTP it stops until continued. Safe in a
/// signal handler.
void ts_raise_with_default_action(int sig);
#endif
