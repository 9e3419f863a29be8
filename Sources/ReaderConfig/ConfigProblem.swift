/// Something wrong in a config file, at its 1-based line. The setting it
/// is about is ignored (its default stands); the reader still starts.
public struct ConfigProblem: Hashable, Sendable {
    public var line: Int
    /// One line in weigh's own words; any text quoted from the file has
    /// been neutralized (`TextSanitizer`).
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message`, as compilers and `weigh check` write it.
    public func text(file: String) -> String {
        "\(file):\(line): \(message)"
    }
}
