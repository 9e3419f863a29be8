import ArticleKit
import PersonalStore
import DecisionKit
import Foundation
import ReaderUI
import TerminalCurses

/// The bookmark store for one run of the reader, read on a thread of its
/// own while the library loads. The first frame needs only what the store
/// holds (the reading positions, the bookmarks), so the thread first reads
/// a `StoreSnapshot` through a read-only connection, and opens the store
/// for writing — which checks, migrates and may sync the disk — only when
/// told to (`proceed`): after the first frame is drawn, so the two do not
/// compete for the processor, or at once when there is no snapshot (a
/// damaged or newer database, a locked or unreadable one). The first frame
/// then waits for the store, so that what is wrong is said on it.
final class ReaderStoreOpening: Sendable {
    /// What the first frame shows from the store.
    struct FirstFrame: Sendable {
        var positions: [String: ReadingPosition] = [:]
        var start: ReadingPosition?
        var bookmarks: [BookmarkEntry] = []
        /// The decision records the first screen shows (ratings and notes
        /// from the snapshot; the rest comes once the store is open).
        var records = DecisionRecords()
        /// Notices for the status line: a damaged database moved aside, or
        /// why bookmarks are unavailable.
        var notices: [String] = []
        var unavailable: String?
    }

    /// The store opened for writing; `store` is nil when bookmarks are
    /// unavailable, and `unavailable` says why.
    struct Opened: Sendable {
        var store: PersonalDatabase?
        /// Set when a damaged database was moved aside.
        var damage: String?
        var unavailable: String?

        /// What to tell the user about opening, in the status line.
        var notices: [String] { [damage, unavailable].compactMap { $0 } }
    }

    private let snapshot = Locked<StoreSnapshot?>(nil)
    private let opened = Locked<Opened?>(nil)
    private let waitingForOpened = Locked<(@Sendable (Opened) -> Void)?>(nil)
    private let snapshotRead = DispatchSemaphore(value: 0)
    private let mayOpen = DispatchSemaphore(value: 0)
    private let proceeded = Locked(false)
    private let storeOpened = DispatchSemaphore(value: 0)
    /// Where the whole decision records were posted once the store opened
    /// (`postRecords`), or nil before.
    private let recordsPosted = Locked<ExternalReports?>(nil)

    private init() {}

    /// Starts reading the store in `directory`; it is opened for writing
    /// after `proceed()`.
    static func start(directory: DataDirectory) -> ReaderStoreOpening {
        let opening = ReaderStoreOpening()
        BackgroundThread.start {
            opening.snapshot.withLock { $0 = StoreSnapshot.read(directory: directory) }
            opening.snapshotRead.signal()
            opening.mayOpen.wait()
            if opening.snapshot.withLock({ $0 }) != nil { BackgroundPriority.lowerForThisThread() }
            let result = Self.open(directory)
            opening.opened.withLock { $0 = result }
            // The report first: once `wait` returns, it has been made.
            let report = opening.waitingForOpened.withLock { waiting in
                defer { waiting = nil }
                return waiting
            }
            report?(result)
            opening.storeOpened.signal()
        }
        return opening
    }

    /// Lets the store be opened for writing (creating it if needed). Only
    /// the first call counts.
    func proceed() {
        let first = proceeded.withLock { done in
            defer { done = true }
            return !done
        }
        if first { mayOpen.signal() }
    }

    /// What the first frame shows: the snapshot once it is read, or what
    /// opening the store found when there is none.
    func firstFrame() -> FirstFrame {
        snapshotRead.wait()
        snapshotRead.signal()
        if let snapshot = snapshot.withLock({ $0 }) {
            return FirstFrame(positions: snapshot.positions, start: snapshot.lastPosition,
                              bookmarks: snapshot.bookmarks.map(ReaderStoreEffects.entry),
                              records: DecisionRecords(importance: snapshot.importance, notes: snapshot.notes))
        }
        let opened = wait()
        var frame = FirstFrame(notices: opened.notices, unavailable: opened.unavailable)
        if let store = opened.store {
            frame.positions = (try? store.allReadingPositions()) ?? [:]
            frame.start = try? store.lastReadingPosition()
            frame.bookmarks = ((try? store.allBookmarks()) ?? []).map(ReaderStoreEffects.entry)
            frame.records = (try? store.decisionRecords()) ?? DecisionRecords()
        }
        return frame
    }

    /// Runs `report` with what opening found if the first frame did not
    /// already show it (it was drawn from the snapshot): on the opening
    /// thread once the store is open, or at once if it already is.
    func reportOpeningAfterFirstFrame(_ report: @escaping @Sendable (Opened) -> Void) {
        guard snapshot.withLock({ $0 }) != nil else { return }
        let done: Opened? = waitingForOpened.withLock { waiting in
            if let result = opened.withLock({ $0 }) { return result }
            waiting = report
            return nil
        }
        if let done { report(done) }
    }

    /// Posts the store's whole decision records to the reader. Posted, they
    /// are handled after any change the reader makes meanwhile, which it
    /// gets back at once as its effect's answer: that change would vanish
    /// from the screen (though saved). So every change's records are posted
    /// again behind them (`repostRecords`); the lock orders the two.
    func postRecords(from store: PersonalDatabase, to external: ExternalReports) {
        recordsPosted.withLock { posted in
            guard let records = try? store.decisionRecords() else { return }
            external.post(.recordsChanged(records))
            posted = external
        }
    }

    /// Posts the records in `reports` (a change's answer) again, if the
    /// whole records were posted before: so the newest are handled last.
    func repostRecords(in reports: [Report]) {
        for case .recordsChanged(let records) in reports {
            recordsPosted.withLock { $0?.post(.recordsChanged(records)) }
        }
    }

    /// Opens the store for writing if that has not been asked for yet, and
    /// waits for it (at once if it is open).
    func wait() -> Opened {
        proceed()
        storeOpened.wait()
        storeOpened.signal()
        return opened.withLock { $0 } ?? Opened()
    }

    /// Whether the store is open for writing by now (or failed to open).
    var isOpen: Bool {
        opened.withLock { $0 } != nil
    }

    /// Opens the store for writing.
    static func open(_ directory: DataDirectory) -> Opened {
        do {
            let store = try PersonalDatabase(directory: directory)
            return Opened(store: store, damage: store.damageNotice?.description)
        } catch {
            // The reason first: the status line gives a notice half its width.
            let unavailable = if case .cannotSave(let path, let reason) = error {
                "Bookmarks unavailable: \(reason) (\(path))"
            } else {
                error.description
            }
            return Opened(unavailable: unavailable)
        }
    }
}
