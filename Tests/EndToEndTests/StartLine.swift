import Foundation

/// Holds child processes at a start line until `release()`, so they begin
/// their real work at the same moment: each child's shell waits on
/// `read -r go` from this pipe, and closing the write end lets every one
/// through at once. Both ends are close-on-exec, so no child (of this test
/// or another) keeps the pipe open.
final class StartLine {
    /// The script to pass as `BookmarkChild`'s `shell`.
    static let wait = "read -r go"

    /// Give this to each child as standard input.
    let readEnd: Int32
    private var writeEnd: Int32

    init() throws {
        (readEnd, writeEnd) = try CloseOnExecPipe.make()
    }

    func release() {
        if writeEnd >= 0 { close(writeEnd) }
        writeEnd = -1
    }

    deinit {
        release()
        close(readEnd)
    }
}
