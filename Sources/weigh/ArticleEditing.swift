import ArticleKit
import Foundation
import ReaderUI
import TerminalCurses

/// `v` in the reader: the article's file opened in the person's editor at
/// the line being read, then the library read again so the edit shows at
/// the same place (or its problem does, over the last good version).
struct ArticleEditing {
    var editor: ExternalEditor?
    var folderPath: String
    var reloading: LibraryReloading

    /// Runs the editor through `run` (which lends it the terminal) and
    /// answers with the reports the reader needs.
    func edit(fileName: String, blockIndex: Int, run: ([String]) -> Result<Int32, SystemCallFailure>) -> [Report] {
        guard let editor else {
            return [.notice("No editor is set: set VISUAL or EDITOR to edit an article with v")]
        }
        let path = folderPath.hasSuffix("/") ? folderPath + fileName : folderPath + "/" + fileName
        let folder = URL(fileURLWithPath: folderPath, isDirectory: true)
        let line = ArticleSourceLine.line(ofBlock: blockIndex, fileName: fileName, inLibrary: folder) ?? 1
        var reports: [Report] = []
        switch run(editor.arguments(opening: path, atLine: line)) {
        case .failure(let failure):
            return [.notice("Could not start the editor \(editor.command[0]): \(failure.message)")]
        case .success(let status) where !ExternalEditor.exitedWell(status):
            reports.append(.notice("The editor \(editor.command[0]) did not finish well"))
        case .success:
            break
        }
        guard let reload = reloading.reload() else {
            return reports + [.notice("The library is still loading; the edit shows once it has loaded")]
        }
        // The reload's own message (a problem in the edit) comes after any
        // word about the editor, and so is the one left on screen.
        return reports + [.libraryReloaded(reload)]
    }
}
