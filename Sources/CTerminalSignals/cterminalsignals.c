#define _XOPEN_SOURCE_EXTENDED 1
#define _DEFAULT_SOURCE 1
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/curses.h>
#include "cterminalsignals.h"

static volatile sig_atomic_t pending = 0;
static volatile sig_atomic_t crash_fd = 2;

static void on_stop_signal(int sig) {
    if (pending == 0) pending = sig;
}

static void on_crash(int sig) {
    // endwin is not formally async-signal-safe, but the process is dying
    // anyway and a restored terminal is worth the risk (htop does this).
    endwin();
    static const char note[] = "\nweigh: crashed; the terminal has been restored.\n";
    ssize_t ignored = write(crash_fd, note, sizeof note - 1);
    (void)ignored;
    signal(sig, SIG_DFL);
    raise(sig);
}

void ts_install(void) {
    // A parent may have left these blocked (the mask is inherited); the
    // reader needs every one of them: resize, suspend, and the stops.
    sigset_t needed;
    sigemptyset(&needed);
    int wanted[] = {SIGWINCH, SIGTSTP, SIGCONT, SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (unsigned i = 0; i < sizeof wanted / sizeof wanted[0]; i++) sigaddset(&needed, wanted[i]);
    sigprocmask(SIG_UNBLOCK, &needed, NULL);

    struct sigaction stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = on_stop_signal;
    sigemptyset(&stop.sa_mask);
    stop.sa_flags = 0;  // no SA_RESTART: a blocked read returns, the loop sees the signal
    int stops[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (unsigned i = 0; i < sizeof stops / sizeof stops[0]; i++) sigaction(stops[i], &stop, NULL);

    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = on_crash;
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = SA_RESETHAND | SA_NODEFER;
    int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) sigaction(crashes[i], &crash, NULL);
}

int ts_pending_signal(void) {
    return pending;
}

void ts_die_of(int sig) {
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}

void ts_set_crash_stderr(int fd) {
    crash_fd = fd;
}
