import Foundation

/// Runs a program whose standard output is a pipe that nobody reads any
/// more (its read end is closed before the program starts), as after
/// `… | head -1` has gone, and keeps what it writes to standard error.
struct ClosedPipeRun {
    /// The raw wait status.
    let status: Int32
    let standardError: String

    /// The signal that ended the program, if one did.
    var signal: Int32? {
        let number = status & 0x7F
        return number != 0 && number != 0x7F ? number : nil
    }

    /// `ignoringSIGPIPE`: the program starts with SIGPIPE ignored, as when
    /// a parent left it so (the disposition survives exec).
    init(_ arguments: [String], ignoringSIGPIPE: Bool) {
        let command = ignoringSIGPIPE ? ["bash", "-c", "trap '' PIPE; exec \"$@\"", "bash"] + arguments : arguments
        var output: [Int32] = [-1, -1]
        var error: [Int32] = [-1, -1]
        _ = output.withUnsafeMutableBufferPointer { pipe($0.baseAddress!) }
        _ = error.withUnsafeMutableBufferPointer { pipe($0.baseAddress!) }
        close(output[0])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, error[1], 2)
        posix_spawn_file_actions_addclose(&actions, output[1])
        posix_spawn_file_actions_addclose(&actions, error[0])
        posix_spawn_file_actions_addclose(&actions, error[1])
        let spawn = CleanSignalSpawn()
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, command[0], &actions, &spawn.attributes, argv, environ)
        close(output[1])
        close(error[1])
        var captured = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while spawned == 0 {
            let count = read(error[0], &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            captured.append(buffer, count: count)
        }
        close(error[0])
        var status: Int32 = -1
        if spawned == 0 { while waitpid(pid, &status, 0) < 0 && errno == EINTR {} }
        self.status = status
        self.standardError = String(decoding: captured, as: UTF8.self)
    }
}
