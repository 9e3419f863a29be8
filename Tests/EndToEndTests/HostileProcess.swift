import Foundation
import WeighTestSupport

/// Runs `weigh` with a time limit, so a hang fails a test instead of
/// stalling the suite; output goes through files, so neither stream can
/// fill a pipe and block the other.
enum HostileProcess {
    struct Result {
        var status: Int32
        var output: Data
        var error: String
        var seconds: Double
        var timedOut: Bool
        var text: String { String(decoding: output, as: UTF8.self) }
    }

    static func run(_ arguments: [String], timeout: Double = 30) throws -> Result {
        let scratch = try WeighProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputURL = scratch.appendingPathComponent("out")
        let errorURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let process = Process()
        process.executableURL = WeighProcess.executable
        process.arguments = arguments
        process.environment = WeighProcess.environment(home: scratch.path)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        process.standardInput = FileHandle.nullDevice
        let start = Date()
        try process.run()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(start) > timeout {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: try Data(contentsOf: outputURL),
                      error: try String(contentsOf: errorURL, encoding: .utf8), seconds: Date().timeIntervalSince(start), timedOut: timedOut)
    }

    /// What is wrong with bytes meant for a terminal or a pipe: invalid
    /// UTF-8, a C0 control other than newline, DEL, or a C1 control.
    static func unsafeBytes(in data: Data) -> [String] {
        guard let text = String(data: data, encoding: .utf8) else { return ["not valid UTF-8"] }
        var found: [String] = []
        for scalar in text.unicodeScalars where SafeScalars.isControl(scalar) && scalar != "\n" {
            found.append("U+" + String(scalar.value, radix: 16, uppercase: true))
            if found.count > 5 { break }
        }
        return found
    }
}
