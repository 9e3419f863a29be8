import Foundation

/// Where `weigh export` and `weigh bookmarks export` put their JSON, and
/// where the imports read it: standard output or input for no file or
/// `-`, otherwise the file (written atomically, so a failed export never
/// leaves half a file in place of a good one).
enum TransferFile {
    /// Writes `json`; for a file, prints `confirmation` after.
    static func write(_ json: Data, to file: String?, confirmation: @autoclosure () -> String) throws {
        guard let file, file != "-" else {
            try FileHandleOutput.writeToStandardOutput(String(decoding: json, as: UTF8.self))
            return
        }
        do {
            try json.write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw CommandFailure("cannot write \(file): \(BookmarksFileError.reason(error))")
        }
        print(confirmation())
    }

    /// The bytes of `file` (`-` for standard input).
    static func read(_ file: String) throws -> Data {
        do {
            return file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure("cannot read \(file): \(BookmarksFileError.reason(error))")
        }
    }
}
