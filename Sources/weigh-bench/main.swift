import ArticleKit
import Foundation
import ReaderUI

// weigh-bench: generates deterministic synthetic libraries and times the
// reader's work on them — load, open, first frame, keys, reflow, comparison —
// printing a table (and JSON with --json FILE). Run in release:
//   swift run -c release weigh-bench [--json results.json] [--quick]

let arguments = CommandLine.arguments
let quick = arguments.contains("--quick")
let jsonPath = arguments.firstIndex(of: "--json").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
// `--generate DIR`: write the synthetic libraries (1, 100, 10,000 and
// 100,000 articles, one 10 MB article) under DIR for end-to-end runs, then stop.
if let index = arguments.firstIndex(of: "--generate"), arguments.indices.contains(index + 1) {
    let target = URL(fileURLWithPath: arguments[index + 1])
    for count in [1, 100, 10_000, 100_000] {
        try SyntheticLibrary.write(articles: count, to: target.appendingPathComponent("library-\(count)"))
    }
    try SyntheticLibrary.writeLarge(bytes: 10_000_000, to: target.appendingPathComponent("large"))
    print("wrote synthetic libraries under \(target.path)")
    exit(0)
}

/// `count` keys through the article in `state`, `run` lines down then as
/// many up, each updated and rendered as the reader does (no terminal).
func scroll(_ state: inout AppState, keys count: Int, run: Int) {
    for step in 0..<count {
        _ = Reader.update(&state, step % (2 * run) < run ? .lineDown : .lineUp)
        _ = Screen.render(state)
    }
}

// `--profile-keys DIR`: 2,000 line-down/up keys on the article in DIR, for
// a profiler (perf record -g weigh-bench --profile-keys DIR).
if let index = arguments.firstIndex(of: "--profile-keys"), arguments.indices.contains(index + 1) {
    let library = try Library.load(from: URL(fileURLWithPath: arguments[index + 1]))
    var state = AppState(library: library, size: Size(width: 200, height: 60))
    scroll(&state, keys: 2_000, run: 50)
    exit(0)
}

// `--time-keys DIR`: the reader's own work for a line down or up (update
// and render, no terminal) at the probe's 120×35, in microseconds a key.
if let index = arguments.firstIndex(of: "--time-keys"), arguments.indices.contains(index + 1) {
    let library = try Library.load(from: URL(fileURLWithPath: arguments[index + 1]))
    var state = AppState(library: library, size: Size(width: 120, height: 35))
    let keys = 2_000
    let milliseconds = Stopwatch.median(runs: 7) { scroll(&state, keys: keys, run: 20) }
    print(String(format: "update+render: %.1f µs a key (median of 7 runs of %d keys, 120×35)", milliseconds * 1000 / Double(keys), keys))
    exit(0)
}

let root = FileManager.default.temporaryDirectory.appendingPathComponent("weigh-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: root) }

var results: [Measurement] = []
@MainActor func record(_ name: String, _ subject: String, _ milliseconds: Double, note: String? = nil) {
    results.append(Measurement(name: name, subject: subject, milliseconds: milliseconds, note: note))
    let columns = [name.padding(toLength: 36, withPad: " ", startingAt: 0), subject.padding(toLength: 18, withPad: " ", startingAt: 0)]
    print(columns.joined() + String(format: "%12.3f", milliseconds) + " " + (note ?? "ms"))
}

let size = Size(width: 200, height: 60)
let sizes = quick ? [1, 100, 1_000] : [1, 100, 10_000]
for count in sizes {
    let folder = root.appendingPathComponent("library-\(count)")
    try SyntheticLibrary.write(articles: count, to: folder)
    let subject = "\(count) articles"
    var library = try Library.load(from: folder)
    record("library load", subject, try Stopwatch.median(runs: count >= 10_000 ? 3 : 5) { library = try Library.load(from: folder) })
    let cacheFile = root.appendingPathComponent("cache-\(count)")
    _ = try Library.load(from: folder, cacheFile: cacheFile)
    record("library load from the metadata cache", subject, try Stopwatch.median(runs: 5) {
        library = try Library.load(from: folder, cacheFile: cacheFile)
    })
    // Once: after it the body is in memory.
    record("open an article from the cache", subject, Stopwatch.median(runs: 1) { _ = Screen.render(AppState(library: library, size: size)) },
           note: "ms (body read, parsed, laid out, drawn)")
    library = try Library.load(from: folder)
    record("first frame (state + render)", subject, Stopwatch.median { _ = Screen.render(AppState(library: library, size: size)) })
    record("comparison build (library)", subject, Stopwatch.median { _ = Comparison.build(from: library, scope: .library) })
    var index = LibrarySearchIndex(library)
    record("search index build", subject, Stopwatch.median(runs: 3) { index = LibrarySearchIndex(library) }, note: "ms (background)")
    record("library search, common words", subject, Stopwatch.median { _ = index.search("ketamine therapy", limit: 500) })
    record("library search, no hits", subject, Stopwatch.median { _ = index.search("zeppelin", limit: 500) })
}

let largeFolder = root.appendingPathComponent("large")
let largeBytes = quick ? 1_000_000 : 10_000_000
try SyntheticLibrary.writeLarge(bytes: largeBytes, to: largeFolder)
let largeSubject = "\(largeBytes / 1_000_000) MB article"
var large = try Library.load(from: largeFolder)
record("library load", largeSubject, try Stopwatch.median(runs: 3) { large = try Library.load(from: largeFolder) })
let article = large.articles[0]
record("layout of the whole article, 198 cols", largeSubject, Stopwatch.median(runs: 3) { _ = BlockLayout.lines(for: article.blocks, width: 198) },
       note: "ms (the reader never does this)")
let largeCache = root.appendingPathComponent("cache-large")
_ = try Library.load(from: largeFolder, cacheFile: largeCache)
record("first frame, first run (parse + draw)", largeSubject, try Stopwatch.median(runs: 3) {
    _ = Screen.render(AppState(library: try Library.load(from: largeFolder), size: size))
}, note: "ms (the whole parsed first)")
record("first frame, first run (1st piece)", largeSubject, try Stopwatch.median(runs: 3) {
    // The reader's way: the first piece only (`defersLongBodies`); the
    // background makes the article whole.
    var loader = try LibraryLoader(folder: largeFolder)
    loader.defersLongBodies = true
    loader.loadNext(64)
    _ = Screen.render(AppState(library: loader.library, size: size))
}, note: "ms (first piece parsed)")
record("first frame, later run (cache + draw)", largeSubject, try Stopwatch.median(runs: 3) {
    _ = Screen.render(AppState(library: try Library.load(from: largeFolder, cacheFile: largeCache), size: size))
})
let middleBlock = article.body.blockCount / 2
record("first frame in the middle, later run", largeSubject, try Stopwatch.median(runs: 3) {
    let cached = try Library.load(from: largeFolder, cacheFile: largeCache)
    let start = ReadingPosition(articleID: article.id, blockIndex: middleBlock)
    _ = Screen.render(AppState(library: cached, size: size, start: start))
}, note: "ms (one piece parsed)")
var state = AppState(library: large, size: size)
for (name, action) in [("key: line down", Action.lineDown), ("key: page down", .pageDown), ("key: jump to end", .bottom), ("key: top", .top)] {
    record(name + " (update+render)", largeSubject, Stopwatch.median(runs: 9) {
        _ = Reader.update(&state, action)
        _ = Screen.render(state)
    })
}
var found = ArticleSearch(query: "relief", article: article)
record("find all matches (/ relief)", largeSubject, Stopwatch.median(runs: 3) { found = ArticleSearch(query: "relief", article: article) },
       note: "ms, \(found.total) matches")
let middle = LinePosition(block: state.reading!.blockCount / 2, line: 0)
record("n: next match from the middle", largeSubject, Stopwatch.median(runs: 9) { _ = found.next(after: middle, strictly: true, in: state.reading!) })
record("reflow after resize (200↔100 cols)", largeSubject, Stopwatch.median(runs: 3) {
    _ = Reader.update(&state, .resize(Size(width: state.size.width == 200 ? 100 : 200, height: 60)))
})
record("peak memory", "whole run", Stopwatch.peakMemoryMB(), note: "MB peak resident")

if let jsonPath {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(results).write(to: URL(fileURLWithPath: jsonPath))
    print("wrote \(jsonPath)")
}
