#ifndef WEIGH_CRASHRESTORE_H
#define WEIGH_CRASHRESTORE_H
// What a crash (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, and so
// a Swift runtime trap) does while curses owns the screen: on an alternate
// signal stack (a stack overflow is handled too), with only
// async-signal-safe calls, it writes the reset sequences (mouse reporting
// off, attributes off, the alternate screen left, keypad and cursor keys
// normal, the cursor shown), restores the terminal modes saved before
// curses started, gives standard error back and replays what was captured
// in it (a Swift "Fatal error: …" line), says so, and dies of the same
// signal. Everything it needs is prepared beforehand.

/// Saves the terminal modes of `fd` (the terminal curses is about to
/// take) and installs the crash handlers on an alternate signal stack.
/// Call before initscr().
void ts_prepare_crash_restore(int fd);

/// Whether curses owns the screen now (1 after initscr, 0 after endwin):
/// only then does a crash write the reset sequences.
void ts_set_screen_taken(int taken);

/// Where standard error really goes while it is captured (`fd`), and the
/// file it is captured in (`path`, copied; NULL for none), so a crash can
/// restore it and replay the capture.
void ts_set_crash_stderr(int fd, const char *path);
#endif
