#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>
#include "cterminalsignals.h"

// A handler may run on any thread (the kernel picks one that does not block
// the signal), so what it shares with the reader's thread is atomic:
// lock-free atomics are safe in a handler, and a plain volatile is a data
// race between threads.
static atomic_int pending = 0;
static atomic_int resized = 0;
static atomic_int continued = 0;
static atomic_int suspend_asked = 0;
static atomic_int wake_read = -1;
static atomic_int wake_write = -1;

static void wake(void) {
    int saved = errno;
    int fd = atomic_load(&wake_write);
    if (fd >= 0) {
        char byte = 1;
        ssize_t ignored = write(fd, &byte, 1);  // a full pipe already wakes the loop
        (void)ignored;
    }
    errno = saved;
}

static void on_stop_signal(int sig) {
    int none = 0;
    atomic_compare_exchange_strong(&pending, &none, sig);  // the first stop is the one reported
    wake();
}

static void on_resize(int sig) {
    (void)sig;
    atomic_store(&resized, 1);
    wake();
}

static void on_continue(int sig) {
    (void)sig;
    atomic_store(&continued, 1);
    wake();
}

static void on_suspend(int sig) {
    (void)sig;
    atomic_store(&suspend_asked, 1);
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

    int pipe_ends[2];
    if (atomic_load(&wake_read) < 0 && pipe2(pipe_ends, O_NONBLOCK | O_CLOEXEC) == 0) {
        atomic_store(&wake_read, pipe_ends[0]);
        atomic_store(&wake_write, pipe_ends[1]);
    }
    int stops[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (unsigned i = 0; i < sizeof stops / sizeof stops[0]; i++) handle(stops[i], on_stop_signal);
    handle(SIGWINCH, on_resize);
    handle(SIGCONT, on_continue);
    // A parent with no job control may have set Ctrl-Z to be ignored; then
    // it stays ignored (stopping would leave nobody to continue us).
    struct sigaction current;
    if (sigaction(SIGTSTP, NULL, &current) == 0 && current.sa_handler != SIG_IGN) handle(SIGTSTP, on_suspend);
}

int ts_pending_signal(void) {
    return atomic_load(&pending);
}

int ts_take_resize(void) {
    return atomic_exchange(&resized, 0) != 0;
}

int ts_take_continued(void) {
    return atomic_exchange(&continued, 0) != 0;
}

int ts_take_suspend(void) {
    return atomic_exchange(&suspend_asked, 0) != 0;
}

void ts_stop_self(void) {
    ts_raise_with_default_action(SIGTSTP);  // stops here; SIGCONT resumes after this line
    // A Ctrl-Z that came while the screen was being given back asked for
    // the stop that just ended, not for another after `fg`.
    atomic_store(&suspend_asked, 0);
    handle(SIGTSTP, on_suspend);
}

int ts_in_foreground(int fd) {
    pid_t group = tcgetpgrp(fd);
    return group >= 0 && group == getpgrp();
}

void ts_hold_background_stops(int hold) {
    sigset_t ttou;
    sigemptyset(&ttou);
    sigaddset(&ttou, SIGTTOU);
    sigprocmask(hold ? SIG_BLOCK : SIG_UNBLOCK, &ttou, NULL);
}

int ts_wake_fd(void) {
    return atomic_load(&wake_read);
}

void ts_drain_wake(void) {
    int fd = atomic_load(&wake_read);
    if (fd < 0) return;
    char bytes[64];
    while (read(fd, bytes, sizeof bytes) > 0) {}
}

void ts_raise_with_default_action(int sig) {
    struct sigaction standard;
    memset(&standard, 0, sizeof standard);
    standard.sa_handler = SIG_DFL;
    sigemptyset(&standard.sa_mask);
    sigaction(sig, &standard, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}
