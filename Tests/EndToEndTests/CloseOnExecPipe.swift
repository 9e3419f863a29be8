import Foundation

/// A pipe whose two ends are close-on-exec, so children started later (by
/// this test or one running beside it) do not inherit them: a child
/// holding a write end keeps the reader from ever seeing the end. The
/// ends a child should have are dup'ed onto 0, 1 or 2, which clears the
/// flag on the copy. (`pipe2` does both at once but is not imported.)
enum CloseOnExecPipe {
    static func make() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard ends.withUnsafeMutableBufferPointer({ pipe($0.baseAddress!) }) == 0 else { throw POSIXError(.EMFILE) }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        return (ends[0], ends[1])
    }
}
