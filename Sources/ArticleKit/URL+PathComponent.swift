import Foundation

extension URL {
    /// The file URL of `component` inside this one, joined as a path string.
    /// Start-up uses it instead of `appendingPathComponent`, whose first
    /// call in a process readies Foundation's URL parsing on the way to the
    /// first frame.
    public func appendingToPath(_ component: String) -> URL {
        let base = path
        return URL(fileURLWithPath: base.hasSuffix("/") ? base + component : base + "/" + component)
    }
}
