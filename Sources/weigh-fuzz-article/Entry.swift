import WeighTestSupport

// libFuzzer calls this for every input; a broken guarantee kills the
// process, so libFuzzer saves the input as a crash file.
@_cdecl("LLVMFuzzerTestOneInput")
public func weighFuzzArticle(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzFailure.check(ArticleCase.violations(of: bytes), target: "weigh-fuzz-article")
    return 0
}

// libFuzzer brings its own `main` when the target is built with
// `--sanitize=fuzzer`; `scripts/fuzz` then defines WEIGH_FUZZING. A plain
// build (`swift build`, `swift test`) needs a `main` to link: it replays
// input files instead.
#if !WEIGH_FUZZING
@main
enum ArticleReplay {
    static func main() {
        FuzzReplay.run(target: "weigh-fuzz-article", check: ArticleCase.violations(of:))
    }
}
#endif
