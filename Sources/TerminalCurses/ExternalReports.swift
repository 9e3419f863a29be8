import ArticleKit
import Foundation
import ReaderUI

/// Reports posted from other threads (the store opening, a background job
/// finishing) to the run loop, which may be blocked waiting for a key: each post also writes
/// a byte to a pipe the loop polls beside the keyboard.
public final class ExternalReports: Sendable {
    private let queue = Locked<[Report]>([])
    /// Read end (polled by the loop) and write end of the wake-up pipe.
    let readEnd: Int32
    private let writeEnd: Int32

    init() {
        var ends: [Int32] = [-1, -1]
        if ends.withUnsafeMutableBufferPointer({ pipe($0.baseAddress!) }) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// Queues `report` for the loop and wakes it. Safe from any thread.
    public func post(_ report: Report) {
        queue.withLock { $0.append(report) }
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// The oldest queued report, if any; drains the wake-up bytes.
    func take() -> Report? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { bytes in
            while read(readEnd, bytes.baseAddress, bytes.count) > 0 {}
        }
        return queue.withLock { $0.isEmpty ? nil : $0.removeFirst() }
    }
}
