import Foundation

/// A `weigh` child process whose standard output is read as it arrives,
/// so a test can wait for a line, kill the child mid-write, and still see
/// every line it printed before dying.
final class BookmarkChild {
    let pid: pid_t
    private let output: Int32
    private var received = Data()
    private var finished = false

    init(_ arguments: [String], environment: [String: String], errorFile: URL) throws {
        var pipeEnds: [Int32] = [-1, -1]
        guard pipeEnds.withUnsafeMutableBufferPointer({ pipe($0.baseAddress!) }) == 0 else { throw POSIXError(.EMFILE) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        let spawn = CleanSignalSpawn()
        var base = ["PATH": "/usr/bin:/bin", "HOME": FileManager.default.temporaryDirectory.path, "LANG": "C.UTF-8"]
        base.merge(environment) { $1 }
        let argv = ([WeighProcess.executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = base.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, WeighProcess.executable.path, &actions, &spawn.attributes, argv, envp)
        close(pipeEnds[1])
        guard spawned == 0 else {
            close(pipeEnds[0])
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL)
        }
        pid = child
        output = pipeEnds[0]
    }

    deinit {
        if !finished {
            kill(pid, SIGKILL)
            _ = finish()
        }
    }

    /// Complete lines received so far.
    var lines: [String] {
        String(decoding: received, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// Reads until at least `count` complete lines have arrived, the
    /// output closes, or `timeout` passes.
    @discardableResult
    func waitForLines(_ count: Int, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while lines.count < count {
            let remaining = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
            var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            guard remaining > 0, poll(&descriptor, 1, remaining) > 0, readAvailable() else { return lines.count >= count }
        }
        return true
    }

    func killNow() {
        kill(pid, SIGKILL)
    }

    /// Reads the rest of the output and waits for the child; returns its
    /// raw wait status.
    func finish() -> Int32 {
        while readAvailable() {}
        close(output)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        finished = true
        return status
    }

    /// One read; false at end of output.
    private func readAvailable() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(output, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return false }
            received.append(buffer, count: count)
            return true
        }
    }

    // MARK: - Wait statuses, as the C macros read them

    static func exitedNormally(_ status: Int32) -> Bool { status & 0x7F == 0 }
    static func exitCode(_ status: Int32) -> Int32 { (status >> 8) & 0xFF }
    static func signal(_ status: Int32) -> Int32 { status & 0x7F }
}
