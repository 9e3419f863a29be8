import Foundation
import Testing

/// A full disk. Everywhere, with a file size limit
/// (`RLIMIT_FSIZE`, set by `ulimit -f` in the child's shell: writes past it
/// fail with EFBIG, and weigh ignores SIGXFSZ); and where a private tmpfs
/// can be mounted (root, `unshare -m`), with a real one (ENOSPC).
@Suite("A full disk", .serialized)
struct FullDiskTests {
    let library = WeighProcess.bundledLibrary.path

    @Test(.disabled(if: SanitizerBuild.thread, "ThreadSanitizer's runtime dies of SIGBUS at start under a file-size limit below about 450 KB"))
    func aFileSizeLimitStopsSavingWithAClearMessageAndLosesNothing() throws {
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let database = data.appendingPathComponent("weigh.sqlite").path
        let environment = ["WEIGH_DATA_DIR": data.path]
        let errorFile = folder.appendingPathComponent("stderr")
        func errors() -> String { (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "" }

        let before = try BookmarkChild(["bookmarks", "add", "about", "--label", "before", "--repeat", "20", "--library", library],
                                       environment: environment, errorFile: errorFile)
        #expect(before.finish() == 0, "\(errors())")
        let saved = BookmarkDurabilityTests.ids(in: before.lines)
        #expect(saved.count == 20)

        // 48 KB (96 blocks of 512 bytes): the write-ahead log soon cannot grow.
        let limit = "ulimit -f 96"
        let full = try BookmarkChild(["bookmarks", "add", "about", "--label", "full", "--repeat", "1000", "--library", library],
                                     environment: environment, errorFile: errorFile, shell: limit)
        let status = full.finish()
        #expect(BookmarkChild.exitedNormally(status) && BookmarkChild.exitCode(status) == 1, "status \(status)")
        #expect(errors() == "Error: bookmarks cannot be saved: \(database): the file size limit was reached (ulimit -f)\n")
        let confirmed = BookmarkDurabilityTests.ids(in: full.lines)
        #expect(full.lines.count == confirmed.count && confirmed.count < 1000, "every line printed is a saved bookmark")

        // Reading goes on under the limit.
        let list = try BookmarkChild(["bookmarks", "list", "--json"], environment: environment, errorFile: errorFile, shell: limit)
        #expect(list.finish() == 0, "\(errors())")
        let listed = try JSONDecoder().decode([BookmarkDurabilityTests.Stored].self, from: list.receivedData)
        #expect(Set(listed.map(\.id)) == saved.union(confirmed))

        // Without it, everything saved is there, nothing was taken for
        // damage, and saving works again.
        #expect(Set(try BookmarkDurabilityTests.storedBookmarks(environment).map(\.id)) == saved.union(confirmed))
        let after = try WeighProcess.run(["bookmarks", "add", "about", "--label", "after", "--library", library], environment: environment)
        #expect(after.status == 0 && after.error.isEmpty, "\(after.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path).allSatisfy { !$0.contains("damaged") })
    }

    /// A 192 KB tmpfs in a private mount namespace, filled with a file:
    /// first with a little room (saving stops in the middle of the
    /// write-ahead log), then with none (the store cannot even be opened).
    @Test(.enabled(if: PrivateTmpfs.available, "needs root to mount a tmpfs in a private mount namespace"))
    func aFullTmpfsStopsSavingWithAClearMessageAndLosesNothing() throws {
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let script = """
            set -u
            D=$1 W=$2 L=$3 O=$4
            mount -t tmpfs -o size=192k weigh-full "$D" || exit 77
            "$W" bookmarks add about --label before --repeat 3 --library "$L" --data-dir "$D" > "$O/before.out" 2>&1 || exit 2
            head -c 10000000 /dev/zero > "$D/filler" 2>/dev/null
            truncate -s -64k "$D/filler"
            "$W" bookmarks add about --label full --repeat 1000 --library "$L" --data-dir "$D" > "$O/full.out" 2> "$O/full.err"
            echo $? > "$O/full.status"
            "$W" bookmarks list --json --data-dir "$D" > "$O/full-list.json" 2> "$O/full-list.err"
            head -c 10000000 /dev/zero >> "$D/filler" 2>/dev/null
            "$W" bookmarks add about --label none --library "$L" --data-dir "$D" > "$O/none.out" 2> "$O/none.err"
            echo $? > "$O/none.status"
            rm "$D/filler"
            "$W" bookmarks list --json --data-dir "$D" > "$O/after-list.json" 2> "$O/after-list.err"
            ls "$D" > "$O/files"
            """
        let run = ChildProcess.run(["unshare", "-m", "sh", "-c", script, "sh", data.path, WeighProcess.executable.path, library, folder.path],
                                   capture: false)
        #expect(run.status == 0, "the script stopped with status \(run.status)")
        func read(_ name: String) -> String {
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        let database = data.appendingPathComponent("weigh.sqlite").path
        let saved = BookmarkDurabilityTests.ids(in: read("before.out").split(separator: "\n").map(String.init))
        #expect(saved.count == 3)

        #expect(read("full.status") == "1\n")
        #expect(read("full.err") == "Error: bookmarks cannot be saved: \(database): the disk is full\n")
        let confirmed = BookmarkDurabilityTests.ids(in: read("full.out").split(separator: "\n").map(String.init))
        #expect(confirmed.count < 1000)
        let fullList = try JSONDecoder().decode([BookmarkDurabilityTests.Stored].self, from: Data(read("full-list.json").utf8))
        #expect(Set(fullList.map(\.id)) == saved.union(confirmed), "reading goes on: \(read("full-list.err"))")

        #expect(read("none.status") == "1\n")
        #expect(read("none.err") == "Error: bookmarks cannot be saved: \(database): the disk is full\n")

        let afterList = try JSONDecoder().decode([BookmarkDurabilityTests.Stored].self, from: Data(read("after-list.json").utf8))
        #expect(Set(afterList.map(\.id)) == saved.union(confirmed), "\(read("after-list.err"))")
        #expect(!read("files").contains("damaged"), "\(read("files"))")
    }
}

/// Whether this process may mount a tmpfs in a private mount namespace
/// (`unshare -m`; root, or a container that allows it).
enum PrivateTmpfs {
    static let available: Bool = {
        guard geteuid() == 0, let folder = try? WeighProcess.temporaryFolder() else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        let probe = ChildProcess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k weigh-probe \"$1\"", "sh", folder.path],
                                     capture: false)
        return probe.status == 0
    }()
}
