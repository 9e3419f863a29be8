import ArticleKit
import Glibc

/// Watches the library folder with inotify and calls back once the files
/// have settled after a change: an article or `topics.yaml` written,
/// renamed in or out, created or deleted. Editors save in bursts (a swap
/// file, a backup, a rename), so a change waits for `quietPeriod` of
/// silence before it counts; names that cannot be part of the library
/// (`.swp`, `~` backups, hidden files) are ignored.
final class LibraryWatcher: Sendable {
    /// How long the folder must be quiet after a change.
    static let quietPeriodMilliseconds: Int32 = 150

    private let descriptor: Int32

    /// Starts watching `folderPath`, or nil when inotify cannot (no
    /// descriptors or watches left): the reader then reloads only after
    /// `v`, and says nothing, since nothing is lost.
    init?(folderPath: String) {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)
        guard inotify_add_watch(descriptor, folderPath, mask) >= 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    /// Calls `changed` on a thread of its own after each settled change,
    /// for as long as the process runs.
    func start(_ changed: @escaping @Sendable () -> Void) {
        BackgroundThread.start { [self] in
            while waitForChange() {
                // Let the burst finish: each further event restarts the wait.
                while poll(timeout: Self.quietPeriodMilliseconds) { _ = waitForChange() }
                changed()
            }
        }
    }

    /// Blocks until events arrive; true when one of them names a file of
    /// the library (false only when the descriptor fails).
    private func waitForChange() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            if Self.namesLibraryFile(buffer[..<count]) { return true }
        }
    }

    /// Whether the folder has something to read within `timeout` ms.
    private func poll(timeout: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let ready = Glibc.poll(&entry, 1, timeout)
            if ready < 0 && errno == EINTR { continue }
            return ready > 0
        }
    }

    /// Whether any event in `events` (inotify's packed records) names an
    /// article file or `topics.yaml`.
    static func namesLibraryFile(_ events: ArraySlice<UInt8>) -> Bool {
        let header = MemoryLayout<inotify_event>.size
        var offset = events.startIndex
        while offset + header <= events.endIndex {
            let nameLength = events[offset + 12..<offset + 16].reversed().reduce(0) { $0 << 8 | Int($1) }
            let nameStart = offset + header
            let nameEnd = min(events.endIndex, nameStart + nameLength)
            let nameBytes = events[nameStart..<nameEnd].prefix { $0 != 0 }
            if isLibraryFile(String(decoding: nameBytes, as: UTF8.self)) { return true }
            offset = nameEnd
        }
        return false
    }

    /// Whether a file of this name in the folder is part of the library.
    static func isLibraryFile(_ name: String) -> Bool {
        !name.hasPrefix(".") && (name.hasSuffix(".md") || name == "topics.yaml")
    }
}
