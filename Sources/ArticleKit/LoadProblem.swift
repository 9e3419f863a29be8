/// Something wrong with one file of the library, found while loading it:
/// where (file and, when known, line) and what, in words a writer can act on.
/// A problem never stops the rest of the library from loading.
///
/// The file and the message are sanitized when the problem is made: both
/// can quote a hostile file (its name, a YAML key, a link target), and
/// problems are printed straight to a terminal by `weigh check`.
public struct LoadProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file's path as shown to the user (library folder + file name).
    public var file: String
    /// 1-based line in the file, when the problem has one.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = TextSanitizer.clean(file)
        self.line = line
        self.message = TextSanitizer.clean(message)
    }

    /// `file:line: message`, the form compilers and editors understand.
    public var description: String {
        if let line { "\(file):\(line): \(message)" } else { "\(file): \(message)" }
    }
}
