import Foundation

/// posix_spawn attributes that give a child a clean signal state: nothing
/// blocked, every disposition default. The test runner blocks some
/// signals, and a child (tmux, then weigh) would otherwise inherit that.
final class CleanSignalSpawn {
    var attributes = posix_spawnattr_t()

    init() {
        posix_spawnattr_init(&attributes)
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    }

    deinit {
        posix_spawnattr_destroy(&attributes)
    }
}
