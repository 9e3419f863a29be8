#ifndef WEIGH_FOREGROUND_H
#define WEIGH_FOREGROUND_H
// Running another program on the terminal (the person's editor) while the
// reader waits, as system() does but with no shell: the arguments go to
// the program as they are. While it runs the reader ignores SIGINT and
// SIGQUIT (a Ctrl-C meant for the editor must not end the reader) and
// lets SIGTSTP stop it with the editor (curses is not on the screen, so
// there is nothing to restore on the way back); the program starts with
// every signal at its default and none blocked. Afterwards the reader's
// own handlers are back in place.

/// Runs `argv[0]` (looked up in PATH when it has no slash) with `argv`
/// (NULL-terminated), its standard error on `stderr_fd` (-1: as ours),
/// and waits for it. Returns its wait status, or -1 with errno set when
/// it could not be started.
int ts_run_in_foreground(char *const argv[], int stderr_fd);
#endif
