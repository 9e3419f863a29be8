import Foundation
import Testing

/// weigh installed as `PREFIX/bin/weigh` finds `PREFIX/share/weigh/Articles`
/// when there is no `./Articles` (the installed location is worked out from
/// the running executable only then).
@Suite("The installed library")
struct InstalledLibraryTests {
    @Test func anInstalledWeighFindsTheLibraryBesideIt() throws {
        // The prefix sits beside the built executable so `bin/weigh` can be a
        // hard link to it. A copy would be written through a file descriptor
        // that a process spawned meanwhile by a parallel test inherits, and
        // exec of a file open for writing fails with ETXTBSY ("Text file
        // busy"), which failed CI once. A hard link is never open for writing,
        // and the kernel names the link's path in /proc/self/exe.
        let prefix = WeighProcess.executable.deletingLastPathComponent()
            .appendingPathComponent("weigh-installed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let bin = prefix.appendingPathComponent("bin")
        let share = prefix.appendingPathComponent("share/weigh")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        let installed = bin.appendingPathComponent("weigh")
        try FileManager.default.linkItem(at: WeighProcess.executable.resolvingSymlinksInPath(), to: installed)
        try FileManager.default.createSymbolicLink(at: share.appendingPathComponent("Articles"), withDestinationURL: WeighProcess.bundledLibrary)
        let elsewhere = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }

        let listed = try run(installed, ["list"], in: elsewhere)
        #expect(listed.status == 0)
        #expect(listed.output.split(separator: "\n").count == 4)

        // Through a symbolic link to it, the executable's real folder counts.
        let linked = elsewhere.appendingPathComponent("weigh-link")
        try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: installed)
        let throughLink = try run(linked, ["list"], in: elsewhere)
        #expect(throughLink.status == 0)
        #expect(throughLink.output.split(separator: "\n").count == 4)

        // Without it, both places looked in are named.
        try FileManager.default.removeItem(at: share.appendingPathComponent("Articles"))
        let missing = try run(installed, ["list"], in: elsewhere)
        #expect(missing.status == 1)
        #expect(missing.error.contains("looked in \(elsewhere.path)/Articles and \(prefix.path)/share/weigh/Articles"))
    }

    private func run(_ executable: URL, _ arguments: [String], in directory: URL) throws -> (status: Int32, output: String, error: String) {
        let result = try WeighProcess.run(arguments, in: directory, environment: ["HOME": directory.path], program: executable)
        return (result.status, result.text, result.error)
    }
}
