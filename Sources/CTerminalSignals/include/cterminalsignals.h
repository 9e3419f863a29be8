#ifndef WEIGH_CTERMINALSIGNALS_H
#define WEIGH_CTERMINALSIGNALS_H
// Signal handling for the full-screen session, in C because a handler must
// be async-signal-safe: it only records the signal (SIGINT, SIGTERM,
// SIGHUP, SIGQUIT) for the run loop, or, for a crash (SIGSEGV, SIGBUS,
// SIGILL, SIGFPE, SIGABRT, SIGTRAP), restores the terminal and dies of the
// same signal, as htop does.

/// Unblocks the signals the reader relies on (a parent may have blocked
/// them) and installs the handlers. Call before initscr(), so ncurses
/// keeps them.
void ts_install(void);

/// The first stop signal received since install, or 0.
int ts_pending_signal(void);

/// Restores the default action for `sig` and raises it, so the process
/// ends with the conventional status (128 + sig in a shell).
void ts_die_of(int sig);

/// The descriptor a crash handler writes its note to: the real standard
/// error, saved while curses owns the screen.
void ts_set_crash_stderr(int fd);
#endif
