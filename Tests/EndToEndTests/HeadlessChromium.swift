import Foundation
import Testing

/// Debian's Chromium, headless, printing a page to PDF, and pdftotext
/// reading the PDF back; both are installed by scripts/install-deps. A
/// test that needs them fails, saying so, when they are missing.
struct HeadlessChromium {
    let executable: URL
    /// A profile and home of its own, so nothing of the machine's is used.
    let folder: URL

    init(folder: URL) throws {
        let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let found, FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else {
            Issue.record("chromium or pdftotext is not installed: run scripts/install-deps")
            throw Missing()
        }
        executable = URL(fileURLWithPath: found)
        self.folder = folder
    }

    struct Missing: Error {}

    /// Prints `page` to `pdf` and returns the PDF's text.
    func printToText(_ page: URL, pdf: URL) throws -> String {
        try run(executable, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--no-pdf-header-footer", "--user-data-dir=\(folder.path)/profile", "--print-to-pdf=\(pdf.path)",
                             page.absoluteString])
        #expect(FileManager.default.fileExists(atPath: pdf.path), "chromium wrote no PDF")
        return try run(URL(fileURLWithPath: "/usr/bin/pdftotext"), ["-enc", "UTF-8", pdf.path, "-"])
    }

    /// Runs a program with no shell and returns its standard output; it is
    /// stopped if it takes more than a minute.
    @discardableResult
    func run(_ program: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = ["HOME": folder.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { [process] in process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        #expect(process.terminationStatus == 0, "\(program.lastPathComponent) exited with \(process.terminationStatus)")
        return String(decoding: data, as: UTF8.self)
    }
}

/// A TCP socket listening on 127.0.0.1 that counts the connections made
/// to it, closing each at once (so a page waiting on it fails quickly
/// instead of hanging): the summary must make none.
final class LoopbackListener: @unchecked Sendable {
    let port: UInt16
    private let descriptor: Int32
    private let lock = NSLock()
    private var connections = 0
    private var stopped = false

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure() }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound, listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw Failure()
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        self.descriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
        Thread { [self] in acceptUntilStopped() }.start()
    }

    deinit { close(descriptor) }

    struct Failure: Error {}

    /// Stops accepting; the socket is closed when the listener goes.
    func stop() {
        lock.withLock { stopped = true }
    }

    /// How many connections were made since the last call.
    func takeConnections() -> Int {
        lock.withLock {
            defer { connections = 0 }
            return connections
        }
    }

    private func acceptUntilStopped() {
        while !lock.withLock({ stopped }) {
            let connection = accept(descriptor, nil, nil)
            if connection >= 0 {
                close(connection)
                lock.withLock { connections += 1 }
            } else {
                usleep(5_000)
            }
        }
    }
}
