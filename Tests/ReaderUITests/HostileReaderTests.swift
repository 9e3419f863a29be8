import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

/// The reader, in memory, on every article of the hostile corpus: every
/// frame is checked cell by cell, at several sizes, through navigation,
/// panes, overlays and resizes down to 1×1.
@Suite("Hostile articles on screen")
@MainActor
struct HostileReaderTests {
    /// Moves through the article, every pane and overlay (the links offered
    /// by `o` through the resizes), and resizes.
    static let tour: [InputEvent] = HostileScreens.keys("G") + [.key(.pageUp)] + HostileScreens.keys("g]][") + [.key(.pageDown)]
        + [.key(.tab)] + HostileScreens.keys("jjl") + [.key(.enter), .key(.tab)]
        + HostileScreens.keys("c]") + [.key(.enter), .key(.escape)] + HostileScreens.keys("c?G") + [.key(.escape)]
        + HostileScreens.keys("'") + [.key(.escape)] + HostileScreens.keys("Tgoj")
        + [.resize(Size(width: 1, height: 1)), .resize(Size(width: 10, height: 3)), .resize(Size(width: 39, height: 9)),
           .resize(Size(width: 97, height: 31)), .resize(Size(width: 200, height: 60))]
        + [.key(.escape)] + HostileScreens.keys("G")

    @Test(arguments: HostileScreens.articleIDs)
    func everyFrameIsSafeAndExactlyAsWideAsTheTerminal(articleID: String) {
        for size in [Size(width: 40, height: 10), Size(width: 80, height: 24), Size(width: 133, height: 41)] {
            var frames: [Canvas] = []
            let time = HostileScreens.seconds {
                frames = play(Self.tour, library: HostileScreens.library, size: size, start: HostileScreens.start(articleID)).terminal.frames
            }
            #expect(frames.count > Self.tour.count / 2)
            for (index, frame) in frames.enumerated() {
                let found = CanvasInvariants.violations(in: frame, size: frame.size)
                #expect(found.isEmpty, "\(articleID) at \(size.width)×\(size.height), frame \(index): \(found.prefix(5))")
                if !found.isEmpty { break }
            }
            #expect(time < 30, "\(articleID) at \(size.width)×\(size.height): \(time) s for \(frames.count) frames")
        }
    }

    @Test(arguments: HostileScreens.articleIDs)
    func laidOutLinesNeverOverflow(articleID: String) throws {
        let article = try #require(HostileScreens.library.article(withID: articleID))
        for width in [10, 39, 80] {
            let lines = BlockLayout.lines(for: article.blocks, width: width)
            let widest = lines.map { DisplayWidth.of($0.plainText) }.max() ?? 0
            #expect(widest <= width, "\(articleID) at \(width): a line of \(widest) columns")
            let plain = PlainArticleText.lines(for: article, width: width)
            #expect(plain.allSatisfy { DisplayWidth.of($0) <= width }, "weigh show's lines for \(articleID) at \(width)")
        }
    }

    @Test func aMegabyteLineWrapsAndDrawsQuickly() throws {
        let library = Library(topics: [], articles: [HostileScreens.hugeLine])
        var result: (state: AppState, terminal: MemoryTerminal)?
        let time = HostileScreens.seconds {
            result = play(HostileScreens.keys("G") + [.resize(Size(width: 100, height: 30))] + HostileScreens.keys("g"),
                          library: library, size: Size(width: 80, height: 24), start: HostileScreens.start("huge-line"))
        }
        let played = try #require(result)
        #expect(played.terminal.frames.count == 4)
        for frame in played.terminal.frames { #expect(CanvasInvariants.violations(in: frame, size: frame.size).isEmpty) }
        let lines = try #require(played.state.reading).allLines
        #expect(lines.count > 10_000 && lines.allSatisfy { DisplayWidth.of($0.plainText) <= 98 })
        #expect(time < 20, "\(time) s to lay out a megabyte twice and draw it")
    }

    @Test func columnsShrinkInBulkExactlyAsOneAtATime() {
        var random = SplitMix64(seed: 9)
        for _ in 0..<300 {
            let columns = Int.random(in: 1...12, using: &random)
            let row = (0..<columns).map { _ in String(repeating: "x", count: Int.random(in: 0...60, using: &random)) }
            let width = Int.random(in: 10...140, using: &random)
            var expected = row.map { max(1, $0.count) }
            while expected.reduce(0, +) > max(columns, width - 3 * columns - 1),
                  let widest = expected.indices.max(by: { expected[$0] < expected[$1] }), expected[widest] > 2 {
                expected[widest] -= 1
            }
            #expect(TableLayout.columnWidths(for: [row], columns: columns, width: width) == expected, "\(row.map(\.count)) at \(width)")
        }
        let huge = TableLayout.columnWidths(for: [[String(repeating: "x", count: 1_000_000), "y"]], columns: 2, width: 80)
        #expect(huge == [72, 1])
    }

    @Test func cjkAndEmojiAtEveryPaneEdge() {
        // Every width from the smallest reader to side by side and past
        // the text cap, so a wide glyph lands on every edge parity.
        for width in Array(40...49) + Array(88...97) {
            let frames = play(HostileScreens.keys("jjjjjjjjjj") + [.key(.tab)], library: HostileScreens.library,
                              size: Size(width: width, height: 20), start: HostileScreens.start("cjk-emoji")).terminal.frames
            for frame in frames {
                let found = CanvasInvariants.violations(in: frame, size: frame.size)
                #expect(found.isEmpty, "width \(width): \(found.prefix(3))")
            }
        }
    }

    @Test func bidiControlsCannotReorderTheTitleOrStatusLine() throws {
        let article = try #require(HostileScreens.library.articles.first { $0.fileName == "bidi.md" })
        let screen = play([], library: HostileScreens.library, size: Size(width: 120, height: 30), start: HostileScreens.start(article.id))
            .terminal.screen
        #expect(screen[0].hasPrefix(" weigh — Bidi evil.exetxt."), "the title reads in logical order: \(screen[0])")
        #expect(screen[29].hasPrefix(" Bidi evil.exetxt. › Bidi title  100%"), "the status line too: \(screen[29])")
        #expect(screen.contains { $0.hasSuffix("│ Bidi title") }, "a heading, its controls dropped")
        #expect(screen.allSatisfy { !$0.unicodeScalars.contains(where: SafeScalars.isUnsafeOnScreen) })
    }

    @Test func aHostileTitleIsTruncatedInsideTheTitleBar() throws {
        let result = play([], library: HostileScreens.library, size: Size(width: 60, height: 12), start: HostileScreens.start("escapes-front-matter"))
        let frame = try #require(result.terminal.frames.last)
        #expect(frame.trimmedLines[0].hasPrefix(" weigh — Front matter ␛]0;title␇"))
        #expect(frame.trimmedLines[0].hasSuffix("? help"))
        #expect(CanvasInvariants.violations(in: frame, size: frame.size).isEmpty)
    }

    @Test func tenThousandMarksDrawAsOneCell() throws {
        let result = play([], library: HostileScreens.library, size: Size(width: 100, height: 20), start: HostileScreens.start("combining"))
        let frame = try #require(result.terminal.frames.last)
        let accented = frame.cells.map(\.glyph).filter { $0.base == "a" && !$0.marks.isEmpty }
        #expect(accented.first?.marks.count == Glyph.maximumScalars - 1, "at most four marks are kept")
        #expect(CanvasInvariants.violations(in: frame, size: frame.size).isEmpty)
    }

    /// The labels the reader asked the store to keep, before the store
    /// cleans them: the prompt must already have.
    static func labelsAsked(of store: MemoryPersonalStore) -> [String?] {
        store.performed.compactMap { if case .addBookmark(_, _, _, let label) = $0 { label } else { nil } }
    }

    @Test func labelsTypedIntoThePromptAreClean() throws {
        let store = MemoryPersonalStore()
        let typed: [InputEvent] = [.key(.control("u"))] + ["\u{9B}", "\u{85}", "x", "漢", "👩‍💻", "\u{301}", "e"].map { .key(.character($0)) }
        let result = play(HostileScreens.keys("m") + typed + [.key(.enter)], library: HostileScreens.library,
                          size: Size(width: 80, height: 24), start: HostileScreens.start("escapes-body"), store: store)
        let label = try #require(Self.labelsAsked(of: store).first ?? nil)
        #expect(label.unicodeScalars.allSatisfy { !SafeScalars.isUnsafeOnScreen($0) }, "\(label.debugDescription)")
        #expect(label.contains("漢"))
        for frame in result.terminal.frames { #expect(CanvasInvariants.violations(in: frame, size: frame.size).isEmpty) }
    }

    @Test func aBidiControlTypedIntoThePromptIsDropped() throws {
        let store = MemoryPersonalStore()
        let typed: [InputEvent] = [.key(.control("u"))] + ["a", "\u{202E}", "\u{200B}", "b"].map { .key(.character($0)) }
        play(HostileScreens.keys("m") + typed + [.key(.enter)], library: HostileScreens.library, size: Size(width: 80, height: 24),
             start: HostileScreens.start("bidi"), store: store)
        #expect(Self.labelsAsked(of: store) == ["ab"])
    }

    @Test func hostileTextTypedIntoSearchIsDrawnSafely() {
        let typed: [InputEvent] = ["\u{9B}", "\u{202E}", "\u{85}", "r", "e", "d"].map { .key(.character($0)) }
        for keys in [HostileScreens.keys("/") + typed + [.key(.enter)] + HostileScreens.keys("nN"),
                     HostileScreens.keys("F") + typed + [.key(.enter), .key(.enter)]] {
            let frames = play(keys, library: HostileScreens.library, size: Size(width: 100, height: 30),
                              start: HostileScreens.start("escapes-body")).terminal.frames
            #expect(frames.count > 5)
            for frame in frames { #expect(CanvasInvariants.violations(in: frame, size: frame.size).isEmpty) }
        }
    }
}
