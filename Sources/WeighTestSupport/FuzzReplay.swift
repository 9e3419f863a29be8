import Foundation

/// The `main` of a fuzz target built without `--sanitize=fuzzer`: runs
/// the files (or every file in the folders) named on the command line
/// through the same check libFuzzer drives, prints what is wrong with
/// each, and exits 1 if anything is. It reproduces a crash file in a
/// plain debug build, with an ordinary backtrace.
public enum FuzzReplay {
    public static func run(target: String, arguments: [String] = Array(CommandLine.arguments.dropFirst()),
                           check: ([UInt8]) -> [String]) -> Never {
        guard !arguments.isEmpty, !arguments.contains(where: { $0 == "-h" || $0 == "--help" }) else {
            print("usage: \(target) FILE|FOLDER...   (replays inputs; build with scripts/fuzz to fuzz)")
            exit(arguments.isEmpty ? 2 : 0)
        }
        var failed = 0
        var count = 0
        for path in arguments.flatMap(files(at:)) {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot read")
                failed += 1
                continue
            }
            count += 1
            let violations = check([UInt8](data))
            if violations.isEmpty { continue }
            failed += 1
            print("\(path):\n  " + violations.joined(separator: "\n  "))
        }
        print("\(target): \(count) inputs, \(failed) failed")
        exit(failed == 0 ? 0 : 1)
    }

    private static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
    }
}
