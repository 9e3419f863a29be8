import Foundation
import Testing

/// The real `weigh check`, `show`, `list` and `compare` on the hostile
/// library: every byte they write is safe for a terminal, every bad file
/// is named, the rest of the library still opens, nothing hangs.
@Suite("Hostile articles through the command line")
struct HostileCommandTests {
    @Test func checkNamesEveryBadFileAndNothingElse() throws {
        let library = try HostileLibrary()
        let result = try HostileProcess.run(["check", library.folder.path])
        #expect(!result.timedOut && result.status == 1, "status \(result.status), \(result.seconds) s")
        #expect(HostileProcess.unsafeBytes(in: result.output).isEmpty)
        let lines = result.text.split(separator: "\n").map(String.init)
        let prefix = library.folder.path + "/"
        for name in library.badNames {
            #expect(lines.contains { $0.hasPrefix(prefix + name + ":") }, "\(name) is not named")
        }
        let named = Set(lines.compactMap { line -> String? in
            guard line.hasPrefix(prefix), let colon = line.dropFirst(prefix.count).firstIndex(of: ":") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: prefix.count)..<colon])
        })
        #expect(named.subtracting(library.badNames).isEmpty, "good files named: \(named.subtracting(library.badNames))")
        #expect(result.error.contains("articles"), "the summary on stderr: \(result.error)")
        #expect(result.seconds < 10, "check took \(result.seconds) s")
    }

    @Test(arguments: HostileLibrary.goodIDs)
    func showWritesOnlySafeBytes(id: String) throws {
        let library = try HostileLibrary()
        let result = try HostileProcess.run(["show", "--width", "80", "--library", library.folder.path, id])
        #expect(!result.timedOut && result.status == 0, "\(id): status \(result.status) \(result.error)")
        #expect(!result.output.isEmpty)
        let unsafe = HostileProcess.unsafeBytes(in: result.output)
        #expect(unsafe.isEmpty, "\(id): \(unsafe)")
        #expect(HostileProcess.unsafeBytes(in: Data(result.error.utf8)).isEmpty)
        #expect(result.seconds < 10, "\(id): \(result.seconds) s")
    }

    @Test func listAndCompareWriteOnlySafeBytes() throws {
        let library = try HostileLibrary()
        for arguments in [["list"], ["compare"], ["compare", "--format", "markdown"], ["compare", "--format", "json"]] {
            let result = try HostileProcess.run(arguments + ["--library", library.folder.path])
            #expect(!result.timedOut && result.status == 0, "\(arguments): \(result.status) \(result.error)")
            #expect(HostileProcess.unsafeBytes(in: result.output).isEmpty, "\(arguments)")
        }
        let json = try HostileProcess.run(["list", "--json", "--library", library.folder.path])
        #expect(json.status == 0)
        #expect(HostileProcess.unsafeBytes(in: json.output).isEmpty, "JSON escapes C0 but not C1, so file names are cleaned first")
    }

    @Test func anUnknownArticleNameIsEchoedSafely() throws {
        let library = try HostileLibrary()
        let result = try HostileProcess.run(["show", "--library", library.folder.path, "x\u{1B}]0;t\u{07}\u{9B}"])
        #expect(result.status != 0)
        #expect(HostileProcess.unsafeBytes(in: Data(result.error.utf8)).isEmpty, "\(result.error.debugDescription)")
    }
}
