/// How a fuzz target reports a broken invariant: it dies, so libFuzzer
/// keeps the input as a crash file, with the findings on standard error.
public enum FuzzFailure {
    public static func check(_ violations: [String], target: String) {
        guard !violations.isEmpty else { return }
        fatalError("\(target): invariant broken:\n  " + violations.joined(separator: "\n  "))
    }
}
