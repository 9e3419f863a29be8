#define _GNU_SOURCE 1
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "signalstack.h"

// Room for the crash handler (crashrestore.c) and the libc calls it makes,
// with a margin for a sanitizer's instrumentation. One page below it stays
// inaccessible (PROT_NONE), so a handler that overran would fault
// instead of writing over other memory.
static const size_t stack_size = 64 * 1024;

static pthread_key_t stack_key;
static pthread_once_t key_made = PTHREAD_ONCE_INIT;

static size_t guard_size(void) {
    long page = sysconf(_SC_PAGESIZE);
    return page > 0 ? (size_t)page : 4096;
}

/// Runs as a thread that was given a stack ends: the stack is switched off
/// before it is unmapped, so no signal can arrive on freed memory.
static void release_stack(void *mapping) {
    stack_t off;
    memset(&off, 0, sizeof off);
    off.ss_flags = SS_DISABLE;
    sigaltstack(&off, NULL);
    munmap(mapping, guard_size() + stack_size);
}

static void make_key(void) {
    pthread_key_create(&stack_key, release_stack);
}

void ss_prepare_thread_signal_stack(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) != 0 || !(current.ss_flags & SS_DISABLE)) return;  // it has one already
    pthread_once(&key_made, make_key);
    size_t guard = guard_size();
    void *mapping = mmap(NULL, guard + stack_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (mapping == MAP_FAILED) return;
    mprotect(mapping, guard, PROT_NONE);
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = (char *)mapping + guard;
    stack.ss_size = stack_size;
    if (sigaltstack(&stack, NULL) != 0 || pthread_setspecific(stack_key, mapping) != 0) {
        stack.ss_flags = SS_DISABLE;
        sigaltstack(&stack, NULL);
        munmap(mapping, guard + stack_size);
    }
}
