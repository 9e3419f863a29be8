#if canImport(Glibc)
import Glibc
#endif

/// The environment variables weigh reads, looked up one at a time with
/// `getenv`, or — in tests — taken from a dictionary. Foundation's
/// `ProcessInfo.environment` builds a dictionary of every variable on each
/// call, which cost the reader's start-up about a millisecond for the
/// handful it needs.
public struct ProcessEnvironment: Sendable, ExpressibleByDictionaryLiteral {
    private let fixed: [String: String]?

    /// This process's environment.
    public static let current = ProcessEnvironment(fixed: nil)

    private init(fixed: [String: String]?) {
        self.fixed = fixed
    }

    /// An environment holding just `values`.
    public init(_ values: [String: String]) {
        fixed = values
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        fixed = Dictionary(elements) { _, last in last }
    }

    /// The variable's value, or nil when it is not set.
    public subscript(name: String) -> String? {
        if let fixed { return fixed[name] }
        return getenv(name).map { String(cString: $0) }
    }
}
