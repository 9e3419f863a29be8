#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include "crashrestore.h"
#include "cterminalsignals.h"

static struct termios saved_modes;
// The crash handler runs on whichever thread crashed, so what it reads is
// atomic (lock-free atomics are safe in a handler; a volatile is a race).
static atomic_int modes_saved = 0;
static atomic_int terminal_fd = -1;
static atomic_int screen_taken = 0;
static atomic_int real_stderr = -1;
static char captured_path[4096];
// Big enough for the handler and the libc calls it makes; a stack
// overflow leaves no room on the normal stack.
static char alternate_stack[128 * 1024];

static const char reset_sequence[] =
    "\033[?1006l\033[?1015l\033[?1003l\033[?1002l\033[?1000l"  // mouse reporting off
    "\033[?2004l"                                               // bracketed paste off
    "\033[0m"                                                   // attributes off
    "\033[?1049l"                                               // the alternate screen left (the cursor goes back)
    "\033[?1l\033>"                                             // cursor keys and keypad normal
    "\033[?25h";                                                // the cursor shown

static void write_all(int fd, const char *bytes, size_t count) {
    while (count > 0) {
        ssize_t written = write(fd, bytes, count);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return;
        bytes += written;
        count -= (size_t)written;
    }
}

static void write_text(int fd, const char *text) {
    write_all(fd, text, strlen(text));
}

static const char *signal_name(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGFPE: return "SIGFPE";
    case SIGABRT: return "SIGABRT";
    default: return "a signal";
    }
}

/// Gives standard error back and writes out what was captured meanwhile.
static void replay_captured_stderr(void) {
    int saved = atomic_load(&real_stderr);
    if (saved < 0) return;
    dup2(saved, STDERR_FILENO);
    if (captured_path[0] == '\0') return;
    int file = open(captured_path, O_RDONLY | O_CLOEXEC);
    if (file >= 0) {
        char buffer[4096];
        ssize_t count;
        while ((count = read(file, buffer, sizeof buffer)) > 0) write_all(STDERR_FILENO, buffer, (size_t)count);
        close(file);
    }
    unlink(captured_path);
}

static void on_crash(int sig) {
    static atomic_int restoring = 0;
    int was_taken = atomic_load(&screen_taken);
    if (atomic_exchange(&restoring, 1) == 0) {  // two threads crashing at once restore once
        int fd = atomic_load(&terminal_fd);
        if (was_taken && fd >= 0) {
            write_all(fd, reset_sequence, sizeof reset_sequence - 1);
            if (atomic_load(&modes_saved)) tcsetattr(fd, TCSANOW, &saved_modes);
            atomic_store(&screen_taken, 0);
        }
        replay_captured_stderr();
        if (was_taken) {
            write_text(STDERR_FILENO, "\nweigh: crashed (");
            write_text(STDERR_FILENO, signal_name(sig));
            write_text(STDERR_FILENO, "); the terminal has been restored.\n");
        }
    }
    // Die of the same signal, with the default action (and a core dump
    // where the system keeps them).
    ts_raise_with_default_action(sig);
}

void ts_prepare_crash_restore(int fd) {
    atomic_store(&terminal_fd, fd);
    if (tcgetattr(fd, &saved_modes) == 0) atomic_store(&modes_saved, 1);

    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t stack;
        memset(&stack, 0, sizeof stack);
        stack.ss_sp = alternate_stack;
        stack.ss_size = sizeof alternate_stack;
        sigaltstack(&stack, NULL);
    }

    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = on_crash;
    sigemptyset(&crash.sa_mask);
    // Blocked while restoring: a crash in the background must not stop
    // the process at tcsetattr or write.
    sigaddset(&crash.sa_mask, SIGTTOU);
    crash.sa_flags = SA_ONSTACK | SA_RESETHAND | SA_NODEFER;
    int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT};
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) sigaction(crashes[i], &crash, NULL);
}

void ts_set_screen_taken(int taken) {
    atomic_store(&screen_taken, taken);
}

void ts_set_crash_stderr(int fd, const char *path) {
    captured_path[0] = '\0';
    if (path != NULL && strlen(path) < sizeof captured_path) strcpy(captured_path, path);
    atomic_store(&real_stderr, fd);
}
