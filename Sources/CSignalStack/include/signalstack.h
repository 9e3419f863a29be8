#ifndef WEIGH_SIGNALSTACK_H
#define WEIGH_SIGNALSTACK_H
// An alternate signal stack for a thread that is not the main one. A
// signal handler runs on the stack of the thread the signal hits; when
// that thread has overflowed its own stack, only an alternate stack (a
// per-thread setting) lets a handler run at all: without one the kernel
// kills the process at once, and a crash handler that restores the
// terminal (crashrestore.h) never runs. The main thread gets its stack
// from ts_prepare_crash_restore.

/// Gives the calling thread an alternate signal stack of its own, unless
/// it has one (then nothing changes: a sanitizer's or an earlier call's).
/// The stack is freed when the thread ends. Cheap to call again: one
/// sigaltstack() query.
void ss_prepare_thread_signal_stack(void);
#endif
