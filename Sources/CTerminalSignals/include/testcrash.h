#ifndef WEIGH_TESTCRASH_H
#define WEIGH_TESTCRASH_H
// Real crashes, for the end-to-end tests that prove a crash gives the
// terminal back. Reached only through WEIGH_TEST_CRASH (TestCrash.swift).

/// Crashes the process the way `kind` names: "segv" (a write through a
/// null pointer), "bus" (a read past the end of a mapped empty file),
/// "fpe" (an integer division by zero), "ill" (__builtin_trap: SIGILL on
/// x86-64, SIGTRAP on arm64), "trap" (a debugger trap, SIGTRAP), "abort"
/// (abort()), "stack-overflow" (unbounded recursion, SIGSEGV). Returns only
/// for an unknown kind.
void ts_test_crash(const char *kind);
#endif
