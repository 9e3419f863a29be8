import Foundation
import Testing
@testable import ArticleKit

/// Files too big or too special to commit, made in a temporary library:
/// each is refused (or read) by what it is, never by trying and hanging.
/// The FIFO, directory, symlink loop and symlink out of the library are
/// covered in `LibraryFileSafetyTests`; these are the rest.
@Suite("Hostile files in the library folder")
struct HostileFileSystemTests {
    private func message(for name: String, in library: Library) -> String? {
        library.problems.first { $0.file.hasSuffix("/" + name) }?.message
    }

    @Test func aHundredMegabyteFileIsRefusedBySizeWithoutBeingRead() throws {
        let folder = try HostileCorpus.temporaryLibrary(["ok.md": "---\ntitle: Fine\n---\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.md").path
        let descriptor = open(path, O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        #expect(ftruncate(descriptor, 100 * 1024 * 1024) == 0, "a sparse file: no disk used, and reading it would cost 100 MB")
        close(descriptor)

        var library: Library?
        let time = try HostileCorpus.seconds { library = try Library.load(from: folder) }
        let loaded = try #require(library)
        #expect(message(for: "huge.md", in: loaded) == "too large (100 MB; the limit is 32 MB)")
        #expect(loaded.articles.map(\.id) == ["ok"])
        #expect(time < 1, "refused by stat, not by reading: \(time) s")
    }

    @Test func fiveMegabytesOfFrontMatterAreRefusedQuickly() throws {
        let yaml = "title: Big\nsummary: " + String(repeating: "lorem ipsum ", count: 440_000)
        let folder = try HostileCorpus.temporaryLibrary(["big.md": "---\n\(yaml)\n---\n# Body\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        var library: Library?
        let time = try HostileCorpus.seconds { library = try Library.load(from: folder) }
        let found = try #require(library).problems
        #expect(found.map(\.description).contains { $0.hasSuffix("/big.md:2: YAML is too large (5156 KB; the limit is 256 KB)") }, "\(found)")
        #expect(time < 2, "\(time) s")
    }

    @Test func anUnreadableFileIsNamedUnlessRootCanReadIt() throws {
        let folder = try HostileCorpus.temporaryLibrary(["locked.md": "---\ntitle: Locked\n---\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(chmod(folder.appendingPathComponent("locked.md").path, 0) == 0)
        let library = try Library.load(from: folder)
        if geteuid() == 0 {
            // chmod does not stop root: the file is read like any other.
            #expect(library.article(withID: "locked")?.title == "Locked")
        } else {
            #expect(message(for: "locked.md", in: library) == "cannot read: Permission denied")
        }
    }

    @Test func aFileNameWithEscapesIsShownSafely() throws {
        let name = "evil\u{1B}]0;pwned\u{07}\u{202E}.md"
        let folder = try HostileCorpus.temporaryLibrary([name: "---\ntitle: T\nclaims: x\n---\n# B\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = try Library.load(from: folder)
        let problem = try #require(library.problems.first)
        #expect(problem.description.hasSuffix("/evil␛]0;pwned␇.md:3: 'claims' must be a list"))
        #expect(library.articles.first?.id == "evil␛]0;pwned␇", "the id a file name gives is sanitized too")
        #expect(library.articles.first?.fileName == name, "the real name is kept for finding the file")
    }

    @Test func aTopicsFileThatIsAPipeDoesNotHang() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("topics.yaml").path, 0o644) == 0)
        try "---\ntitle: A\n---\n".write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let library = try Library.load(from: folder)
        #expect(message(for: "topics.yaml", in: library)?.contains("not a regular file") == true)
        #expect(library.articles.map(\.id) == ["a"])
    }

    @Test func aSymlinkToAHugeDeviceIsRefused() throws {
        let folder = try HostileCorpus.temporaryLibrary([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("zero.md").path, withDestinationPath: "/dev/zero")
        let library = try Library.load(from: folder)
        #expect(message(for: "zero.md", in: library)?.contains("outside the library") == true)
    }
}
