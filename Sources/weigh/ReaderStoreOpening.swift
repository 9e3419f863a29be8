import ArticleKit
import BookmarkStore
import Foundation
import ReaderUI
import Synchronization

/// The bookmark store as the reader's first frame needs it (the last
/// reading position, every article's position, the bookmarks), opened on a
/// thread of its own while the library loads. Opening runs SQLite's checks,
/// may write and sync the disk, and under a busy disk takes tens of
/// milliseconds; the library does not need it, so the two overlap. The
/// screen is still taken only once the store has answered (`wait`), so a
/// slow store never leaves a half-drawn terminal.
final class ReaderStoreOpening: Sendable {
    /// What opening found; `store` is nil when bookmarks are unavailable.
    struct Opened: Sendable {
        var store: BookmarkDatabase?
        /// Notices for the status line (a damaged database moved aside, or
        /// why bookmarks are unavailable).
        var notices: [String] = []
        var unavailable: String?
        var positions: [String: ReadingPosition] = [:]
        var start: ReadingPosition?
        var bookmarks: [BookmarkEntry] = []
    }

    private let result = Mutex<Opened?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    private init() {}

    /// Starts opening the store in `directory`.
    static func start(directory: DataDirectory) -> ReaderStoreOpening {
        let opening = ReaderStoreOpening()
        Thread.detachNewThread {
            let opened = Self.open(directory)
            opening.result.withLock { $0 = opened }
            opening.finished.signal()
        }
        return opening
    }

    /// Waits for the store (at once if it is already open). Call once.
    func wait() -> Opened {
        finished.wait()
        return result.withLock { $0 } ?? Opened()
    }

    /// Opens the store and reads what the first frame needs.
    static func open(_ directory: DataDirectory) -> Opened {
        var opened = Opened()
        do {
            let store = try BookmarkDatabase(directory: directory)
            opened.store = store
            if let damage = store.damageNotice { opened.notices.append(damage.description) }
            opened.positions = (try? store.allReadingPositions()) ?? [:]
            opened.start = try? store.lastReadingPosition()
            opened.bookmarks = ((try? store.allBookmarks()) ?? []).map(ReaderStoreEffects.entry)
        } catch {
            // The reason first: the status line gives a notice half its width.
            let unavailable = if case .cannotSave(let path, let reason) = error {
                "Bookmarks unavailable: \(reason) (\(path))"
            } else {
                error.description
            }
            opened.unavailable = unavailable
            opened.notices.append(unavailable)
        }
        return opened
    }
}
