#define _GNU_SOURCE 1
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "testcrash.h"

static void write_through_null(void) {
    volatile uintptr_t address = 0;  // volatile: the compiler cannot see it is null
    *(volatile int *)address = 1;
}

static void read_past_mapped_file(void) {
    int file = memfd_create("weigh-test-crash", MFD_CLOEXEC);  // empty: page 0 is past its end
    if (file < 0) return;
    volatile char *mapped = mmap(NULL, 4096, PROT_READ, MAP_SHARED, file, 0);
    if (mapped != MAP_FAILED) {
        char byte = mapped[0];
        (void)byte;
    }
}

static void divide_by_zero(void) {
    volatile int zero = 0;
    volatile int quotient = 1 / zero;
    (void)quotient;
}

__attribute__((noinline, optnone)) static int recurse(int depth) {
    volatile char frame[4096];
    frame[0] = (char)depth;
    if (depth > 1000000000) return frame[0];  // never: the stack ends long before
    return recurse(depth + 1) + frame[0];
}

void ts_test_crash(const char *kind) {
    if (strcmp(kind, "segv") == 0) {
        write_through_null();
        raise(SIGSEGV);
    } else if (strcmp(kind, "bus") == 0) {
        read_past_mapped_file();
        raise(SIGBUS);
    } else if (strcmp(kind, "fpe") == 0) {
        divide_by_zero();
        raise(SIGFPE);
    } else if (strcmp(kind, "ill") == 0) {
        __builtin_trap();
    } else if (strcmp(kind, "trap") == 0) {
        __builtin_debugtrap();
        raise(SIGTRAP);
    } else if (strcmp(kind, "abort") == 0) {
        abort();
    } else if (strcmp(kind, "stack-overflow") == 0) {
        recurse(0);
    }
}
