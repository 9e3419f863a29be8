/// Why a library folder could not be opened at all (as opposed to a
/// `LoadProblem` in one of its files, which never stops a load).
public enum LibraryError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case notADirectory(path: String)
    case unreadable(path: String, reason: String)

    /// One line, safe to print: a path is shown with its control
    /// characters made visible.
    public var description: String {
        switch self {
        case .notFound(let path): "no library at \(TextSanitizer.clean(path)): the folder does not exist"
        case .notADirectory(let path): "\(TextSanitizer.clean(path)) is not a folder; a library is a folder of .md articles and topics.yaml"
        case .unreadable(let path, let reason): "cannot read the library folder \(TextSanitizer.clean(path)): \(reason)"
        }
    }
}
