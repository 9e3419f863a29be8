import ArgumentParser

/// The hidden `--repeat N` of the commands that add a record: the same
/// write N times, each in its own transaction, a line printed after each
/// commit. The durability tests kill a process mid-way and check that
/// every printed line's record is stored.
struct RepeatOptions: ParsableArguments {
    @Option(name: .customLong("repeat"), help: .hidden)
    var count = 1

    func validate() throws {
        guard (1...100_000).contains(count) else { throw ValidationError("--repeat must be between 1 and 100000") }
    }
}
