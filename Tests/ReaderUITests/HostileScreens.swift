import ArticleKit
import Foundation
@testable import ReaderUI

/// The hostile corpus as the reader sees it, and what every frame it draws
/// must satisfy whatever the article holds.
enum HostileScreens {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile/library")

    /// An article with one line of a megabyte and no space, made here
    /// rather than committed.
    static let hugeLine: Article = {
        let line = String(repeating: "abcdefghij漢字", count: 1_048_576 / 16)
        return Article(id: "huge-line", title: "A 1 MB line", blocks: MarkdownParser.parse("# A 1 MB line\n\n" + line + "\n"), fileName: "huge-line.md")
    }()

    /// The corpus, loaded once.
    static let library: Library = (try? Library.load(from: folder)) ?? Library(topics: [], articles: [])

    static let articleIDs: [String] = library.articles.map(\.id)

    /// Scalars that must never be drawn: C0 (ESC among them), DEL, C1 and
    /// every invisible format character (bidi controls, zero-width spaces)
    /// but the zero-width joiner, which emoji sequences need.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (scalar.properties.generalCategory == .format && value != 0x200D)
    }

    /// What is wrong with a frame: unsafe scalars in cells, a row whose
    /// glyphs do not add up to exactly the terminal's width, a wide glyph
    /// without its covered half (or a covered half without its glyph), a
    /// width that disagrees with libc's `wcwidth`, too many scalars.
    static func violations(in canvas: Canvas) -> [String] {
        var found: [String] = []
        let width = canvas.size.width
        for y in 0..<canvas.size.height {
            var columns = 0
            for x in 0..<width {
                let glyph = canvas[x, y].glyph
                if glyph == .continuation {
                    if x == 0 || canvas[x - 1, y].glyph.width != 2 { found.append("(\(x),\(y)) a covered half without its glyph") }
                    continue
                }
                if glyph.base.isASCII && glyph.marks.isEmpty {
                    if glyph.base.value < 0x20 || glyph.base.value == 0x7F { found.append("(\(x),\(y)) control U+\(hex(glyph.base))") }
                    columns += 1
                    continue
                }
                for scalar in glyph.scalars where isUnsafe(scalar) { found.append("(\(x),\(y)) unsafe U+\(hex(scalar))") }
                if glyph.scalars.count > Glyph.maximumScalars { found.append("(\(x),\(y)) \(glyph.scalars.count) scalars") }
                if Glyph.width(of: glyph.base) != glyph.width { found.append("(\(x),\(y)) width \(glyph.width) but wcwidth says otherwise") }
                if glyph.width == 2, x + 1 >= width || canvas[x + 1, y].glyph != .continuation {
                    found.append("(\(x),\(y)) a wide glyph split")
                }
                columns += glyph.width
            }
            if columns != width { found.append("row \(y) is \(columns) columns, not \(width)") }
        }
        return found
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String { String(scalar.value, radix: 16, uppercase: true) }

    /// Plays `events` on the reader opened at `articleID`; every frame drawn.
    @MainActor
    static func play(_ events: [InputEvent], articleID: String, size: Size, in library: Library = library,
                     perform: @escaping (Effect) -> [Report] = { _ in [] }) -> (state: AppState, frames: [Canvas]) {
        let terminal = MemoryTerminal(size: size, events: events)
        let state = AppState(library: library, size: size, start: ReadingPosition(articleID: articleID, blockIndex: 0))
        var loop = ReaderLoop(state: state, theme: .colored, perform: perform)
        let final = loop.run(on: terminal)
        return (final, terminal.frames)
    }

    static func keys(_ text: String) -> [InputEvent] {
        text.map { .key(.character($0)) }
    }

    static func seconds(_ work: () -> Void) -> Double {
        let start = ContinuousClock.now
        work()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
