import Foundation

/// A temporary copy of the hostile corpus plus the cases too big or too
/// special to commit: a 1 MB line, a 5 MB front matter, a 100 MB (sparse)
/// file, a FIFO, a symlink loop, a symlink out of the library, a folder
/// named like an article, an unreadable file and a file name holding an
/// escape sequence. Removed when the value is released.
final class HostileLibrary {
    static let corpus = WeighProcess.repository.appendingPathComponent("Tests/Fixtures/hostile/library")
    /// The escape-sequence file name, and how `weigh check` must show it.
    static let escapeName = "bad-\u{1B}]0;name\u{07}\u{9B}.md"
    static let escapeNameShown = "bad-␛]0;name␇�.md"

    /// Article ids that must load: the corpus's good files and the 1 MB line.
    static let goodIDs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix("bad-") }.map { String($0.dropLast(3)) }.sorted() + ["huge-line"]
    }()

    let folder: URL
    let outside: URL

    init() throws {
        folder = try WeighProcess.temporaryFolder()
        outside = try WeighProcess.temporaryFolder()
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: Self.corpus.path) {
            try manager.copyItem(at: Self.corpus.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let line = String(repeating: "abcdefghij", count: 104_858)
        try write("huge-line.md", "---\ntitle: A 1 MB line\n---\n# A 1 MB line\n\n\(line)\n")
        try write("bad-huge-front-matter.md", "---\ntitle: Big\nsummary: \(String(repeating: "lorem ipsum ", count: 440_000))\n---\n# Body\n")
        try write(Self.escapeName, "---\ntitle: Escape name\nclaims: x\n---\n# Body\n")
        try write("unreadable.md", "---\ntitle: Unreadable\n---\n# Body\n")
        chmod(path("unreadable.md"), 0)
        let descriptor = open(path("bad-100mb.md"), O_CREAT | O_WRONLY, 0o644)
        ftruncate(descriptor, 100 * 1024 * 1024)
        close(descriptor)
        mkfifo(path("bad-fifo.md"), 0o644)
        try manager.createSymbolicLink(atPath: path("bad-loop.md"), withDestinationPath: "bad-loop.md")
        try "---\ntitle: Secret\n---\n".write(to: outside.appendingPathComponent("secret.md"), atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: path("bad-symlink-out.md"), withDestinationPath: outside.appendingPathComponent("secret.md").path)
        try manager.createDirectory(atPath: path("bad-dir.md"), withIntermediateDirectories: false)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.removeItem(at: outside)
    }

    /// File names `weigh check` must name (as it shows them).
    var badNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var bad = names.filter { $0.hasPrefix("bad-") && $0 != Self.escapeName } + [Self.escapeNameShown]
        if geteuid() != 0 { bad.append("unreadable.md") }  // root reads through chmod 000
        return bad.sorted()
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
    }
}
