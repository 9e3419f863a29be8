import ArticleKit

/// Collects errors thrown on several threads.
final class ErrorBox: Sendable {
    private let storage = Locked<[String]>([])

    func record(_ error: any Error) {
        storage.withLock { $0.append(String(describing: error)) }
    }

    var errors: [String] { storage.withLock { $0 } }
}
