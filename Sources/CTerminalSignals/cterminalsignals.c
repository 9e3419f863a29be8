#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "cterminalsignals.h"

static volatile sig_atomic_t pending = 0;
static volatile sig_atomic_t resized = 0;
static int wake_pipe[2] = {-1, -1};

static void wake(void) {
    int saved = errno;
    if (wake_pipe[1] >= 0) {
        char byte = 1;
        ssize_t ignored = write(wake_pipe[1], &byte, 1);  // a full pipe already wakes the loop
        (void)ignored;
    }
    errno = saved;
}

static void on_stop_signal(int sig) {
    if (pending == 0) pending = sig;
    wake();
}

static void on_resize(int sig) {
    (void)sig;
    resized = 1;
    wake();
}

static void handle(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: a blocked read returns, the loop sees the signal
    sigaction(sig, &action, NULL);
}

void ts_install(void) {
    // A parent may have left these blocked (the mask is inherited); the
    // reader needs every one of them: resize, suspend, the stops, crashes.
    sigset_t needed;
    sigemptyset(&needed);
    int wanted[] = {SIGWINCH, SIGTSTP, SIGCONT, SIGINT, SIGTERM, SIGHUP, SIGQUIT,
                    SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT};
    for (unsigned i = 0; i < sizeof wanted / sizeof wanted[0]; i++) sigaddset(&needed, wanted[i]);
    sigprocmask(SIG_UNBLOCK, &needed, NULL);

    if (wake_pipe[0] < 0 && pipe2(wake_pipe, O_NONBLOCK | O_CLOEXEC) != 0) {
        wake_pipe[0] = wake_pipe[1] = -1;
    }
    int stops[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (unsigned i = 0; i < sizeof stops / sizeof stops[0]; i++) handle(stops[i], on_stop_signal);
    handle(SIGWINCH, on_resize);
}

int ts_pending_signal(void) {
    return pending;
}

int ts_take_resize(void) {
    if (!resized) return 0;
    resized = 0;
    return 1;
}

int ts_wake_fd(void) {
    return wake_pipe[0];
}

void ts_drain_wake(void) {
    if (wake_pipe[0] < 0) return;
    char bytes[64];
    while (read(wake_pipe[0], bytes, sizeof bytes) > 0) {}
}

void ts_die_of(int sig) {
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}
