import Foundation
import Testing
@testable import PersonalStore

@Suite("The data folder: permissions and places bookmarks cannot be saved")
struct DataFolderTests {
    @Test func folderIs0700AndDatabaseFiles0600() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.add("a", 1)
        #expect(try Self.mode(fixture.directory.url.path) == 0o700)
        #expect(try Self.mode(fixture.directory.url.deletingLastPathComponent().path) == 0o700, "created parents too")
        #expect(try Self.mode(fixture.databaseURL.path) == 0o600)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: fixture.databaseURL.path + suffix) {
            #expect(try Self.mode(fixture.databaseURL.path + suffix) == 0o600, "\(suffix)")
        }
        #expect(FileManager.default.fileExists(atPath: fixture.databaseURL.path + "-wal"), "WAL mode")
    }

    @Test func anExistingFolderKeepsItsPermissions() throws {
        let fixture = try StoreFixture()
        try FileManager.default.createDirectory(at: fixture.directory.url, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o750])
        _ = try fixture.open()
        #expect(try Self.mode(fixture.directory.url.path) == 0o750)
        #expect(try Self.mode(fixture.databaseURL.path) == 0o600)
    }

    @Test func aFolderThatCannotBeCreatedSaysWhereAndWhy() throws {
        let fixture = try StoreFixture()
        let blocker = fixture.root.appendingPathComponent("afile")
        try Data("in the way".utf8).write(to: blocker)
        let folder = blocker.appendingPathComponent("weigh")
        #expect {
            try PersonalDatabase(directory: DataDirectory(url: folder))
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("bookmarks cannot be saved: \(folder.path): ") && text.contains("not a directory")
        }
    }

    @Test func aFileWhereTheFolderShouldBeSaysSo() throws {
        let fixture = try StoreFixture()
        let file = fixture.root.appendingPathComponent("weigh")
        try Data().write(to: file)
        #expect(throws: PersonalStoreError.cannotSave(path: file.path, reason: "it is a file, not a folder")) {
            try PersonalDatabase(directory: DataDirectory(url: file))
        }
    }

    @Test func aReadOnlyFileSystemSaysSo() throws {
        // /proc refuses new folders even to root.
        let folder = URL(fileURLWithPath: "/proc/weigh-test-\(getpid())/weigh")
        #expect {
            try PersonalDatabase(directory: DataDirectory(url: folder))
        } throws: { error in
            guard case PersonalStoreError.cannotSave(let path, let reason) = error else { return false }
            return path == folder.path && reason.hasPrefix("cannot create the folder ")
        }
    }

    static func mode(_ path: String) throws -> mode_t {
        var info = stat()
        guard stat(path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return info.st_mode & 0o7777
    }
}
