import ArticleKit
import PersonalStore
import Foundation
import ReaderUI
import Testing
@testable import weigh

/// The reader's first frame comes from a snapshot of the store and does
/// not wait for the store to open for writing; what opening finds later
/// still reaches the reader.
@Suite("Opening the store beside the first frame")
struct ReaderStoreOpeningTests {
    /// A data folder holding one bookmark and one reading position.
    private func storeWithABookmark() throws -> (root: URL, directory: DataDirectory) {
        let root = try WeighProcess.temporaryFolder()
        let directory = DataDirectory(url: root.appendingPathComponent("weigh"))
        let store = try PersonalDatabase(directory: directory)
        _ = try store.add(at: ReadingPosition(articleID: "about", blockIndex: 2, offset: 0), sectionTitle: nil,
                          excerpt: "An excerpt", label: "kept")
        try store.saveReadingPosition(ReadingPosition(articleID: "about", blockIndex: 5, offset: 3))
        return (root, directory)
    }

    /// Holds the data folder's opening lock, as another weigh opening the
    /// store would, until `release`.
    private final class FolderLock {
        private let descriptor: Int32
        init(_ folder: URL) throws {
            descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            try #require(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        }
        func release() { close(descriptor) }
    }

    /// A store with a bookmark whose folder is locked, as another weigh
    /// opening it would hold it, and an opening of it allowed to proceed.
    private func openingBehindALock() throws -> (root: URL, directory: DataDirectory, lock: FolderLock, opening: ReaderStoreOpening) {
        let (root, directory) = try storeWithABookmark()
        let lock = try FolderLock(directory.url)
        let opening = ReaderStoreOpening.start(directory: directory)
        opening.proceed()
        return (root, directory, lock, opening)
    }

    @Test func theFirstFrameIsReadWhileTheStoreWaitsToOpen() throws {
        let (root, _, lock, opening) = try openingBehindALock()
        defer { try? FileManager.default.removeItem(at: root) }
        let frame = opening.firstFrame()
        #expect(frame.start == ReadingPosition(articleID: "about", blockIndex: 5, offset: 3))
        #expect(frame.positions.count == 1)
        #expect(frame.bookmarks.map(\.label) == ["kept"])
        #expect(frame.notices.isEmpty && frame.unavailable == nil)
        #expect(!opening.isOpen, "the store waits for the lock")

        // A position saved while reading does not wait for the store …
        let effects = ReaderStoreEffects(opening: opening, dataFolder: root)
        #expect(effects.perform(.saveReadingPosition(ReadingPosition(articleID: "about", blockIndex: 6, offset: 0), now: false)).isEmpty)
        #expect(!opening.isOpen)
        // … and is written once it is open.
        lock.release()
        let opened = opening.wait()
        let store = try #require(opened.store)
        #expect(opened.notices.isEmpty)
        #expect(effects.perform(.saveReadingPosition(ReadingPosition(articleID: "about", blockIndex: 7, offset: 1), now: true)).isEmpty)
        #expect(try store.lastReadingPosition() == ReadingPosition(articleID: "about", blockIndex: 7, offset: 1))
    }

    @Test func aStoreThatFailsToOpenAfterTheFirstFrameIsReported() throws {
        let (root, directory, lock, opening) = try openingBehindALock()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(opening.firstFrame().bookmarks.count == 1)
        let reported = Locked<[ReaderStoreOpening.Opened]>([])
        opening.reportOpeningAfterFirstFrame { opened in reported.withLock { $0.append(opened) } }

        // The database is replaced by a folder before the store gets the lock.
        let database = directory.databaseURL
        try FileManager.default.moveItem(at: database, to: root.appendingPathComponent("moved.sqlite"))
        try FileManager.default.createDirectory(at: database, withIntermediateDirectories: false)
        lock.release()

        let opened = opening.wait()
        #expect(opened.store == nil)
        let why = try #require(opened.unavailable)
        #expect(why.hasPrefix("Bookmarks unavailable: it is not a regular file"), "\(why)")
        #expect(reported.withLock { $0.map(\.unavailable) } == [why], "reported once, with the reason")
        // A report asked for after opening comes at once.
        opening.reportOpeningAfterFirstFrame { opened in reported.withLock { $0.append(opened) } }
        #expect(reported.withLock { $0.count } == 2)
    }

    @Test func aFirstFrameWithoutASnapshotWaitsAndSaysWhatOpeningFound() throws {
        let root = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = DataDirectory(url: root.appendingPathComponent("weigh"))
        try FileManager.default.createDirectory(at: directory.url, withIntermediateDirectories: true)
        try Data("not a database\n".utf8).write(to: directory.databaseURL)

        let opening = ReaderStoreOpening.start(directory: directory)
        opening.proceed()
        let frame = opening.firstFrame()
        #expect(opening.isOpen)
        #expect(frame.notices.count == 1)
        #expect(frame.notices.first?.hasPrefix("personal database was damaged; moved aside to") == true, "\(frame.notices)")
        let reported = Locked(0)
        opening.reportOpeningAfterFirstFrame { _ in reported.withLock { $0 += 1 } }
        #expect(reported.withLock { $0 } == 0, "the first frame already said it")
    }

    /// The first frame of a first run needs nothing written: the data
    /// folder is made only once the reader lets the store open.
    @Test func nothingIsWrittenUntilTheStoreMayOpen() throws {
        let root = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = DataDirectory(url: root.appendingPathComponent("weigh"))
        let opening = ReaderStoreOpening.start(directory: directory)
        let frame = opening.firstFrame()
        #expect(frame.start == nil && frame.bookmarks.isEmpty && frame.notices.isEmpty)
        usleep(50_000)
        #expect(!opening.isOpen)
        #expect(!FileManager.default.fileExists(atPath: directory.url.path))
        opening.proceed()
        #expect(opening.wait().store != nil)
        #expect(FileManager.default.fileExists(atPath: directory.databaseURL.path))
    }
}

/// Background work gives way to the terminal and the keys.
@Suite("Background work's priority")
struct BackgroundPriorityTests {
    @Test func onlyTheCallingThreadIsLowered() throws {
        let before = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        let lowered = Locked<Int32?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            BackgroundPriority.lowerForThisThread()
            lowered.withLock { $0 = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
            done.signal()
        }
        done.wait()
        #expect(lowered.withLock { $0 } == max(before, BackgroundPriority.niceness))
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) == before, "the caller's own thread is untouched")
    }
}
