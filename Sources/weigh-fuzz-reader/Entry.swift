import WeighTestSupport

// libFuzzer calls this for every input; a broken invariant kills the
// process, so libFuzzer saves the input as a crash file.
@_cdecl("LLVMFuzzerTestOneInput")
public func weighFuzzReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzFailure.check(ReaderCase.violations(of: bytes), target: "weigh-fuzz-reader")
    return 0
}

// libFuzzer brings its own `main` when the target is built with
// `--sanitize=fuzzer`; `scripts/fuzz` then defines WEIGH_FUZZING. A plain
// build (`swift build`, `swift test`) needs a `main` to link: it replays
// input files instead.
#if !WEIGH_FUZZING
@main
enum ReaderReplay {
    static func main() {
        FuzzReplay.run(target: "weigh-fuzz-reader", check: ReaderCase.violations(of:))
    }
}
#endif
