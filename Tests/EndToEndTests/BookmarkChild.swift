import Foundation

/// A `weigh` child process whose standard output is read as it arrives,
/// so a test can wait for a line, kill the child mid-write, and still see
/// every line it printed before dying.
final class BookmarkChild {
    let pid: pid_t
    private let output: Int32
    private var received = Data()
    private var finished = false
    /// The wait status, once the child has been reaped.
    private var exitStatus: Int32?

    /// Starts `weigh arguments…`. With `shell`, `/bin/sh` runs that script
    /// first and then execs weigh (`ulimit -f 64`, or `read -r go` to wait
    /// at a start line). `input` is a descriptor for standard input
    /// (/dev/null if nil); the child gets its own copy.
    init(_ arguments: [String], environment: [String: String], errorFile: URL, shell: String? = nil, input: Int32? = nil) throws {
        let ends = try CloseOnExecPipe.make()
        let pipeEnds = [ends.read, ends.write]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let input {
            posix_spawn_file_actions_adddup2(&actions, input, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        let spawn = CleanSignalSpawn()
        var base = WeighProcess.environment()
        base.merge(environment) { $1 }
        let program = shell == nil ? WeighProcess.executable.path : "/bin/sh"
        let command = [WeighProcess.executable.path] + arguments
        let argv = (shell.map { ["/bin/sh", "-c", "\($0)\nexec \"$0\" \"$@\""] + command } ?? command).map { strdup($0) } + [nil]
        let envp = base.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, program, &actions, &spawn.attributes, argv, envp)
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
            if exitStatus == nil { kill(pid, SIGKILL) }  // never a reaped pid: it may be another process's now
            _ = finish()
        }
    }

    /// Everything received so far.
    var receivedData: Data { received }

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
        if let exitStatus {
            status = exitStatus
        } else {
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        finished = true
        return status
    }

    /// Whether the child has ended (without waiting; reaps it if so).
    var hasExited: Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return false }
        exitStatus = status
        return true
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
