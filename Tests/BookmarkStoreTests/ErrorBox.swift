import Synchronization

/// Collects errors thrown on several threads.
final class ErrorBox: Sendable {
    private let storage = Mutex<[String]>([])

    func record(_ error: any Error) {
        storage.withLock { $0.append(String(describing: error)) }
    }

    var errors: [String] { storage.withLock { $0 } }
}
