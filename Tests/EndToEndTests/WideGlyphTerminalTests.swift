import ArticleKit
import Foundation
import ReaderUI
import Testing

/// Wide glyphs through the real ncurses and a real terminal: a frame puts
/// runs of changed cells at once, and a wide glyph's covered column is
/// never put, so scrolling lines of CJK text past each other must leave
/// every glyph whole and every column where it was.
@Suite("Wide glyphs in a real terminal", .serialized)
struct WideGlyphTerminalTests {
    private func library() throws -> URL {
        var text = "---\ntitle: 漢字 wide article\nclaims: []\n---\n# 漢字 wide article\n\n"
        for row in 1...80 {
            // The wide glyphs move a column each row, so a scroll changes
            // where each one starts.
            text += String(repeating: "a", count: row % 7) + "第\(row)行 漢字 row-\(row)-end\n\n"
        }
        return try WeighProcess.temporaryLibrary(["wide.md": text])
    }

    /// Lines of the body are whole: each `漢字` is followed by its row's end.
    private func bodyRows(_ screen: [String]) -> [Int] {
        screen.compactMap { line -> Int? in
            guard let range = line.range(of: #"第(\d+)行 漢字 row-(\d+)-end"#, options: .regularExpression) else { return nil }
            let found = line[range]
            let numbers = found.split { !$0.isNumber }.compactMap { Int($0) }
            return numbers.count == 2 && numbers[0] == numbers[1] ? numbers[0] : nil
        }
    }

    /// The column the divider between the contents and the body is drawn
    /// in, on each line that has one.
    private func dividerColumns(_ screen: [String]) -> Set<Int> {
        Set(screen.compactMap { line -> Int? in
            guard let index = line.firstIndex(of: "│") else { return nil }
            return DisplayWidth.of(line[..<index])
        })
    }

    @Test func scrollingKeepsEveryWideGlyphWholeAndInItsColumn() throws {
        let folder = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(width: 100, height: 24, command: "\(WeighProcess.executable.path) --library \(folder.path)")
        let first = session.waitFor { self.bodyRows($0).contains(5) && $0.last { !$0.isEmpty }?.contains("%") == true }
        let rows = bodyRows(first)
        #expect(rows.count >= 5, "\(first)")
        #expect(rows == Array(rows.first!...rows.last!).filter { rows.contains($0) } && rows.sorted() == rows)
        #expect(first.contains { $0.contains("漢字 wide article") }, "the contents and title bar show the wide title")
        #expect(dividerColumns(first).count == 1, "\(first)")
        for _ in 0..<6 { session.send("j") }
        let scrolled = session.waitFor { self.bodyRows($0).first.map { $0 > rows.first! } == true && $0.last { !$0.isEmpty }?.contains("%") == true }
        let scrolledRows = bodyRows(scrolled)
        #expect(scrolledRows.count >= rows.count - 1 && scrolledRows.first! > rows.first!, "\(scrolled)")
        #expect(dividerColumns(scrolled) == dividerColumns(first), "\(scrolled)")
        for _ in 0..<6 { session.send("k") }
        let back = session.waitFor { $0 == first }
        #expect(back == first, "scrolled back, the screen is as it was:\n\(back.joined(separator: "\n"))")
    }
}
