import ArticleKit
import Foundation

/// A library folder holding a topics file and one article, rewritten for
/// every input: the fuzzer's bytes go through `Library.load`, the path
/// `weigh` reads a library by, twice — parsed afresh (writing a metadata
/// cache), then again from that cache — so the two can be compared.
/// It lives in `/dev/shm` when there is one (no disk writes per input).
struct ScratchLibrary: Sendable {
    static let shared = ScratchLibrary()

    /// The topic ids of the bundled library, so claims in seeds built from
    /// `Articles/` are checked against a real vocabulary.
    static let topicIDs = ["effectiveness", "onset", "who-it-suits", "side-effects", "dissociation", "addiction",
                           "safety-margin", "long-term-effects", "supervision", "maintenance", "cost"]

    let root: URL
    var folder: URL { root.appendingPathComponent("library") }
    var cacheFile: URL { root.appendingPathComponent("cache/metadata.cache") }

    private init() {
        let shm = URL(fileURLWithPath: "/dev/shm")
        let base = access(shm.path, W_OK) == 0 ? shm : FileManager.default.temporaryDirectory
        root = base.appendingPathComponent("weigh-fuzz-article-\(getpid())")
        try? FileManager.default.createDirectory(at: root.appendingPathComponent("library"), withIntermediateDirectories: true)
        let topics = "topics:\n" + Self.topicIDs.map { "  - id: \($0)\n    title: Topic \($0)\n    question: \"What about \($0)?\"\n" }.joined()
        try? Data(topics.utf8).write(to: root.appendingPathComponent("library/topics.yaml"))
        atexit { try? FileManager.default.removeItem(at: ScratchLibrary.shared.root) }
    }

    /// Loads the library with `bytes` as its only article: parsed afresh,
    /// then from the metadata cache the first load wrote.
    func load(article bytes: ArraySlice<UInt8>) -> (fresh: Library, cached: Library) {
        do {
            try? FileManager.default.removeItem(at: cacheFile)
            try Data(bytes).write(to: folder.appendingPathComponent("fuzz.md"))
            let fresh = try Library.load(from: folder, cacheFile: cacheFile)
            return (fresh, try Library.load(from: folder, cacheFile: cacheFile))
        } catch {
            fatalError("weigh-fuzz-article: the scratch library at \(folder.path) cannot be used: \(error)")
        }
    }
}
