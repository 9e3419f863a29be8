/// The reader's own options read without building the argument parser:
/// `weigh`, `weigh --library DIR`, `--data-dir DIR`, `--config FILE`, each
/// at most once, as `--name VALUE` or `--name=VALUE`. Its reflection costs
/// a few milliseconds before the first frame.
///
/// Anything else — a subcommand, `--help`, a repeated or empty option, a
/// value that looks like an option — gives nil and goes to the argument
/// parser, so errors and help come from one place. What is accepted must
/// parse exactly as `ReadCommand` parses it.
struct ReaderArguments: Equatable {
    var library: String?
    var dataDir: String?
    var config: String?

    /// The options in `arguments` (without the program's name), or nil
    /// when the argument parser must read them.
    static func parse(_ arguments: [String]) -> ReaderArguments? {
        var parsed = ReaderArguments()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name: Substring
            let value: String
            if let equals = argument.firstIndex(of: "=") {
                name = argument[..<equals]
                value = String(argument[argument.index(after: equals)...])
            } else {
                guard index + 1 < arguments.count else { return nil }
                name = argument[...]
                value = arguments[index + 1]
                index += 1
            }
            index += 1
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch name {
            case "--library" where parsed.library == nil: parsed.library = value
            case "--data-dir" where parsed.dataDir == nil: parsed.dataDir = value
            case "--config" where parsed.config == nil: parsed.config = value
            default: return nil
            }
        }
        return parsed
    }
}
