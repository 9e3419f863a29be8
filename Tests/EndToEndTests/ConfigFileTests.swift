import Foundation
import Testing

/// The config file read by the real program: `weigh config`, the library
/// it names, and the reader in tmux with remapped keys or a broken file.
@Suite("The config file, end to end", .serialized)
struct ConfigFileTests {
    let afterwards = "; echo EXIT=$?; echo END\"\"MARK"

    /// A folder holding `weigh/config.yaml` with `text`, for XDG_CONFIG_HOME.
    func configHome(_ text: String) throws -> URL {
        let folder = try WeighProcess.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("weigh"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("weigh/config.yaml"))
        return folder
    }

    @Test func theDefaultFileChecksCleanAndEveryProblemHasItsLine() throws {
        let printed = try WeighProcess.run(["config", "--print-default"])
        #expect(printed.status == 0)
        #expect(printed.text.contains("\nkeys:\n  everywhere:\n"))
        let folder = try configHome(printed.text)
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = try WeighProcess.run(["config", "--check"], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(clean.status == 0, "\(clean.error)")
        #expect(clean.text == "ok: \(folder.path)/weigh/config.yaml, no problems\n")

        let broken = folder.appendingPathComponent("broken.yaml")
        try Data("theme: sepia\nkeys:\n  everywhere:\n    quit: []\n".utf8).write(to: broken)
        let checked = try WeighProcess.run(["config", "--check", broken.path])
        #expect(checked.status == 1)
        #expect(checked.lines == [
            "\(broken.path):1: theme is 'colored' or 'monochrome', not 'sepia'",
            "\(broken.path):4: this binding would leave no key for 'quit' in the contents keys; ignored",
        ])
        #expect(checked.error.contains("2 problems in \(broken.path)"), "\(checked.error)")
    }

    @Test func configPathFollowsTheEnvironment() throws {
        let byXDG = try WeighProcess.run(["config", "--path"], environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/pat"])
        #expect(byXDG.text == "/cfg/weigh/config.yaml\n")
        let byHome = try WeighProcess.run(["config", "--path"], environment: ["HOME": "/home/pat"])
        #expect(byHome.text == "/home/pat/.config/weigh/config.yaml\n")
        let named = try WeighProcess.run(["config", "--path"], environment: ["WEIGH_CONFIG": "/etc/my.yaml", "XDG_CONFIG_HOME": "/cfg"])
        #expect(named.text == "/etc/my.yaml\n")
        let missing = try WeighProcess.run(["config", "--check"], environment: ["HOME": "/nonexistent"])
        #expect(missing.status == 0 && missing.text == "no config file at /nonexistent/.config/weigh/config.yaml; weigh uses its defaults\n")
        #expect(try WeighProcess.run(["config"]).status != 0, "one of the three is needed")
    }

    @Test func theConfiguredLibraryComesAfterTheOptionAndTheVariable() throws {
        let folder = try configHome("library: \(WeighProcess.fixtureLibrary.path)\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let elsewhere = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let fromConfig = try WeighProcess.run(["list"], in: elsewhere, environment: ["XDG_CONFIG_HOME": folder.path])
        let fixture = try WeighProcess.run(["list", "--library", WeighProcess.fixtureLibrary.path], in: elsewhere)
        #expect(fromConfig.status == 0 && fromConfig.text == fixture.text, "\(fromConfig.error)")
        let bundled = try WeighProcess.run(["list", "--library", WeighProcess.bundledLibrary.path], in: elsewhere)
        let fromVariable = try WeighProcess.run(["list"], in: elsewhere,
                                                environment: ["XDG_CONFIG_HOME": folder.path, "WEIGH_LIBRARY": WeighProcess.bundledLibrary.path])
        #expect(fromVariable.text == bundled.text && fromVariable.text != fixture.text)
    }

    @Test func aRemappedKeyWorksInTheReader() throws {
        let folder = try configHome("""
        keys:
          everywhere:
            quit: x
            toggle-comparison: C
        """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "XDG_CONFIG_HOME=\(folder.path) \(WeighProcess.executable.path) --library Articles"
        let session = try TmuxSession(width: 200, height: 30, command: command + afterwards)
        var screen = session.waitForReader()
        let status = screen.last { !$0.isEmpty } ?? ""
        #expect(status.contains("C compare") && status.contains("x quit"), "\(status)")
        // Were c still bound, c would open the comparison and C close it.
        session.send("c")
        session.send("C")
        screen = session.waitFor { $0.last { !$0.isEmpty }?.contains("s scope") == true }
        #expect(screen.contains { $0.contains("Comparison · all articles") }, "\(screen)")
        session.send("q")
        session.send("x")
        screen = session.waitForExit()
        #expect(screen.contains("EXIT=0"), "\(screen)")
    }

    @Test func aBrokenFileIsReportedAndTheReaderStarts() throws {
        let folder = try configHome("body-width: 60\ntheme: [colored\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("weigh/config.yaml").path
        let command = "\(WeighProcess.executable.path) --library Articles --config \(file)"
        let session = try TmuxSession(width: 100, height: 30, command: command + afterwards)
        var screen = session.waitFor { lines in
            lines.first?.hasPrefix(" weigh — ") == true && lines.contains { $0.contains("config.yaml:") }
        }
        let status = screen.last { !$0.isEmpty } ?? ""
        #expect(status.contains("config.yaml:3: invalid YAML"), "the problem shows in the status line: \(status)")
        session.send("j")
        screen = session.waitFor { !$0.contains { $0.contains("config.yaml:") } }
        #expect(screen.last { !$0.isEmpty }?.contains("%") == true, "the message lasts until the next key: \(screen)")
        session.send("q")
        screen = session.waitForExit()
        #expect(screen.contains("EXIT=0"))
        // (tmux wraps the long line at the terminal's width.)
        let shell = screen.joined()
        #expect(shell.contains("weigh: \(file):3: invalid YAML") && shell.contains("using the defaults"),
                "and on standard error, before the screen was taken: \(screen)")
    }
}
