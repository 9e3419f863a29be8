import Foundation
import TerminalCurses
import Testing
@testable import weigh

/// Which program opens a web link and how it is run: `$BROWSER` split at
/// spaces with no shell, `%s` replaced or the address appended, always as
/// one argument; `xdg-open` from `PATH` when `$BROWSER` is not set.
@Suite("Opening a link with $BROWSER or xdg-open")
struct WebBrowserTests {
    /// An address with everything a shell would act on, and the escape
    /// byte as the article's parse leaves it (`␛`, never a raw ESC).
    static let hostile = "https://example.org/a b;$(touch MARK)`touch MARK2`␛[31m\"'|&>x"

    @Test func browserThenXdgOpenSplitAtSpacesWithNoShell() {
        #expect(WebBrowser.named(in: ["BROWSER": "w3m -o x=1", "PATH": "/bin"])?.command == ["w3m", "-o", "x=1"])
        #expect(WebBrowser.named(in: ["BROWSER": "lynx;rm -rf x $(id)"])?.command == ["lynx;rm", "-rf", "x", "$(id)"])
        let found = WebBrowser.named(in: ["BROWSER": "  ", "PATH": "/nowhere:/usr/local/bin:/usr/bin"]) { $0 == "/usr/bin/xdg-open" }
        #expect(found?.command == ["/usr/bin/xdg-open"])
        #expect(WebBrowser.named(in: ["PATH": "/nowhere"]) { _ in false } == nil)
        #expect(WebBrowser.named(in: [:]) { _ in true } == nil)
    }

    @Test func theAddressIsOneArgumentReplacingPercentSOrLast() {
        #expect(WebBrowser(command: ["w3m"]).arguments(for: Self.hostile) == ["w3m", Self.hostile])
        #expect(WebBrowser(command: ["firefox", "--new-tab=%s", "-x"]).arguments(for: Self.hostile) == ["firefox", "--new-tab=" + Self.hostile, "-x"])
        #expect(WebBrowser(command: ["open", "%s"]).arguments(for: "https://example.org/%s") == ["open", "https://example.org/%s"])
    }

    @Test func aFakeBrowserGetsTheHostileAddressAsExactlyOneArgumentAndNothingRuns() throws {
        let folder = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("browser").path
        let record = folder.appendingPathComponent("arguments").path
        try ExecutableScript.write("#!/bin/sh\nprintf '%s\\n' \"$#\" > \(record)\nfor a in \"$@\"; do printf '[%s]\\n' \"$a\" >> \(record); done\n", to: script)
        let url = Self.hostile.replacingOccurrences(of: "MARK", with: folder.appendingPathComponent("ran").path)
        // Run as `weigh` runs it, minus the terminal: an argument array.
        let said = WebBrowser(command: [script, "--flag"]).open(url) { arguments in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = Array(arguments.dropFirst())
            process.currentDirectoryURL = folder
            do { try process.run() } catch { return .failure(SystemCallFailure(code: ENOENT)) }
            process.waitUntilExit()
            return .success(process.terminationStatus << 8)
        }
        #expect(said == "Opened with browser: \(url)")
        let recorded = try String(contentsOfFile: record, encoding: .utf8)
        #expect(recorded == "2\n[--flag]\n[\(url)]\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ran").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ran2").path))
        let failed = WebBrowser(command: ["/nonexistent/browser"]).open(url) { _ in .failure(SystemCallFailure(code: ENOENT)) }
        #expect(failed == "Could not start browser: No such file or directory. The address: \(url)")
        #expect(WebBrowser.noBrowser(url).hasPrefix(url + " — not opened: no $BROWSER or xdg-open"))
    }
}
