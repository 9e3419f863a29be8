import ArticleKit
import Foundation
import GRDB
import Testing
@testable import PersonalStore

/// Writes begin with `BEGIN IMMEDIATE`: the write lock is taken when the
/// transaction starts, so a second writer waits (busy timeout) before it
/// reads anything, instead of reading first and then failing with
/// SQLITE_BUSY when its read has to become a write. Each test runs the same
/// steps through the store and, as a control showing the steps can catch
/// the fault, through a `BEGIN DEFERRED` transaction on the store's pool.
@Suite("Writes take the write lock when they begin")
struct WriteLockTests {
    enum Transaction: String, CaseIterable, CustomTestStringConvertible {
        /// `PersonalDatabase.write`, as every store change runs.
        case store
        /// The control: what SQLite does by default.
        case deferred

        var testDescription: String { rawValue }

        func run(on store: PersonalDatabase, _ body: @escaping (Database) throws -> Void) throws {
            switch self {
            case .store:
                try store.write(body)
            case .deferred:
                try store.pool.writeWithoutTransaction { db in
                    try db.inTransaction(.deferred) {
                        try body(db)
                        return .commit
                    }
                }
            }
        }
    }

    @Test(arguments: Transaction.allCases)
    func aWriteHoldsTheWriteLockBeforeItChangesAnything(transaction: Transaction) throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        let other = try DatabaseQueue(path: fixture.databaseURL.path, configuration: configuration)
        defer { try? other.close() }
        let otherWriter = Locked<ResultCode?>(nil)
        try transaction.run(on: store) { db in
            _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM bookmark")  // only read so far
            do {
                try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE; ROLLBACK") }
            } catch let error as DatabaseError {
                otherWriter.withLock { $0 = error.resultCode }
            }
        }
        let expected: ResultCode? = transaction == .store ? .SQLITE_BUSY : nil
        #expect(otherWriter.withLock { $0 } == expected, "another connection could take the write lock: \(transaction)")
        // Once the transaction is over, the lock is free again.
        try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE; ROLLBACK") }
    }

    /// Two stores (two connections, as two processes have) each read and
    /// then write in one transaction, the second starting while the first
    /// is between its read and its write. Under DEFERRED the second reads
    /// an old snapshot and its write fails with SQLITE_BUSY (no busy
    /// timeout helps); under IMMEDIATE it waits for the first to commit,
    /// reads the first's row, and writes.
    @Test(arguments: Transaction.allCases)
    func twoWritersThatReadBeforeWriting(transaction: Transaction) throws {
        let fixture = try StoreFixture()
        let first = try fixture.open()
        let second = try fixture.open()
        let firstHasRead = DispatchSemaphore(value: 0)
        let secondHasRead = DispatchSemaphore(value: 0)
        let secondDone = DispatchSemaphore(value: 0)
        let secondSaw = Locked<Int?>(nil)
        let secondFailure = Locked<ResultCode?>(nil)
        let insert = "INSERT INTO bookmark (articleID, blockIndex, charOffset, excerpt, createdAt) VALUES (?, 0, 0, '', 0)"
        Thread.detachNewThread {
            firstHasRead.wait()
            do {
                try transaction.run(on: second) { db in
                    let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM bookmark")
                    secondSaw.withLock { $0 = count }
                    secondHasRead.signal()
                    try db.execute(sql: insert, arguments: ["second"])
                }
            } catch {
                secondFailure.withLock { $0 = Self.resultCode(of: error) }
            }
            secondDone.signal()
        }
        var firstFailure: ResultCode?
        do {
            try transaction.run(on: first) { db in
                _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM bookmark")
                firstHasRead.signal()
                // Under IMMEDIATE the second cannot begin until this commits,
                // so the wait runs out; under DEFERRED it reads now.
                _ = secondHasRead.wait(timeout: .now() + 0.3)
                try db.execute(sql: insert, arguments: ["first"])
            }
        } catch {
            firstFailure = Self.resultCode(of: error)
        }
        secondDone.wait()
        let failures = [firstFailure, secondFailure.withLock { $0 }].compactMap { $0 }
        let stored = try first.allBookmarks().map(\.articleID)
        switch transaction {
        case .store:
            #expect(failures.isEmpty)
            #expect(secondSaw.withLock { $0 } == 1, "the second writer began after the first committed")
            #expect(stored.sorted() == ["first", "second"])
        case .deferred:
            // Whichever tries to write second finds its snapshot stale.
            #expect(failures == [.SQLITE_BUSY], "the control: under DEFERRED one of the two writes is lost")
            #expect(secondSaw.withLock { $0 } == 0)
            #expect(stored.count == 1)
        }
    }

    static func resultCode(of error: any Error) -> ResultCode? {
        if let error = error as? DatabaseError { return error.resultCode }
        if let error = error as? ConnectionFailure { return error.error.resultCode }
        return nil
    }
}
