import Foundation

/// A value shared between threads and reached only under its lock. The
/// lock is a pthread mutex because ThreadSanitizer sees those (it intercepts lock and unlock) and so
/// checks that every access is ordered by it; the standard library's
/// `Mutex` locks on Linux with futex calls inlined into the caller, which
/// it cannot see, so it would report every use across threads as a race
/// and hide a real one among them. Code with no value to guard takes an
/// `NSLock`: ThreadSanitizer reports a `Locked(())` falsely (its empty
/// value has the object's own address).
public final class Locked<Value>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    public init(_ value: Value) {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        self.value = value
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` with the value, under the lock.
    public func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
