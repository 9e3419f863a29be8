import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

/// A long article is laid out a block at a time, only where the reader is;
/// every answer must still be what laying out the whole article would give.
@Suite("Laying out only what is shown")
struct LazyLayoutTests {
    /// About 2,400 blocks of every kind, some wrapping onto many lines.
    static let article: Article = {
        var markdown = ""
        for section in 0..<300 {
            markdown += "## Section \(section)\n\n"
            markdown += "Paragraph one of section \(section) says relief came quickly for some and slowly for others, "
            markdown += String(repeating: "with more words to wrap ", count: section % 7) + "and ends here.\n\n"
            markdown += "- a list item about relief\n- another item, in section \(section)\n\n"
            markdown += "> A quote: relief\n> across two lines.\n\n"
            markdown += "```\ncode line \(section) relief\n```\n\n"
            markdown += "| a | b |\n|---|---|\n| relief | \(section) |\n\n"
            markdown += "Closing paragraph.\n\n---\n\n"
        }
        return Article(id: "long", title: "Long", blocks: MarkdownParser.parse(markdown), fileName: "long.md")
    }()

    static let whole = BlockLayout.lines(for: article.blocks, width: 50)

    @Test func theLinesAreThoseOfTheWholeLayout() {
        let reading = ReadingView(articleIndex: 0, article: Self.article, width: 50)
        #expect(reading.allLines == Self.whole)
        #expect(reading.lineNumber(of: reading.lastLine) == Self.whole.count - 1)
    }

    @Test func movingByLinesAgreesWithLineNumbers() {
        let reading = ReadingView(articleIndex: 0, article: Self.article, width: 50)
        var generator = SplitMix64(seed: 7)
        var position = LinePosition.start
        for _ in 0..<500 {
            let delta = Int.random(in: -120...120, using: &generator)
            let expected = min(max(0, reading.lineNumber(of: position) + delta), Self.whole.count - 1)
            position = reading.position(position, movedBy: delta)
            #expect(reading.lineNumber(of: position) == expected)
            #expect(reading.line(at: position) == Self.whole[expected])
        }
    }

    @Test func openingJumpingAndReflowingLayOutAFewBlocks() {
        var reading = ReadingView(articleIndex: 0, article: Self.article, width: 50)
        let rows = 40
        reading.scroll(by: 0, rows: rows)
        #expect(reading.layoutWork.blocksLaidOut < 40, "the first screen: \(reading.layoutWork)")
        reading.scrollToEnd(rows: rows)
        #expect(reading.lineNumber(of: reading.top) == Self.whole.count - rows)
        reading.move(to: ReadingPosition(articleID: "long", blockIndex: 1_200), rows: rows)
        reading.reflow(width: 70, rows: rows)
        #expect(reading.top == reading.firstLine(ofBlock: 1_200))
        #expect(reading.layoutWork.blocksLaidOut < 40, "after a reflow only the screen is laid out again: \(reading.layoutWork)")
    }

    /// A line or a page down far from the end does not look for the end:
    /// in a long article read piece by piece that parses the last piece.
    @Test func scrollingFarFromTheEndLaysOutOnlyWhatIsNear() {
        var reading = ReadingView(articleIndex: 0, article: Self.article, width: 50)
        for _ in 0..<10 { reading.scroll(by: 1, rows: 40) }
        reading.scroll(by: 40, rows: 40)
        #expect(reading.lineNumber(of: reading.top) == 50)
        let near = ReadingView(articleIndex: 0, article: Self.article, width: 50)
        _ = near.lines(from: .start, count: 50 + 40)
        #expect(reading.layoutWork.blocksLaidOut <= near.layoutWork.blocksLaidOut,
                "only the blocks of the lines shown: \(reading.layoutWork) against \(near.layoutWork)")
    }

    /// Wherever it is asked to go, the top is where the whole layout's
    /// bounds put it: not above the start, not so low that the end leaves
    /// rows empty.
    @Test func scrollingStopsWhereTheEndFillsTheView() {
        var generator = SplitMix64(seed: 11)
        let article = Article(id: "part", title: "Part", blocks: Array(Self.article.blocks.prefix(160)), fileName: "part.md")
        let count = BlockLayout.lines(for: article.blocks, width: 50).count
        var reading = ReadingView(articleIndex: 0, article: article, width: 50)
        for _ in 0..<100 {
            let rows = Int.random(in: 1...60, using: &generator)
            let line = Int.random(in: -5...(count + 5), using: &generator)
            let target = line < 0 ? LinePosition(block: 0, line: line) : reading.position(.start, movedBy: line)
            reading.scroll(to: target, rows: rows)
            let expected = min(max(0, line), max(0, count - rows))
            #expect(reading.top == reading.position(.start, movedBy: expected), "line \(line), \(rows) rows")
        }
    }

    @Test func scrollingThroughKeepsABoundedNumberOfLines() {
        var reading = ReadingView(articleIndex: 0, article: Self.article, width: 50)
        var pages = 0
        while reading.top < reading.maximumTop(rows: 40) {
            reading.scroll(by: 40, rows: 40)
            pages += 1
        }
        #expect(pages > 100)
        #expect(reading.layoutWork.blocksLaidOut == Self.article.blocks.count)
        #expect(reading.layoutWork.linesKept <= ArticleLayout.keptLineLimit)
    }

    @Test func percentReadRisesToAHundredAtTheEnd() {
        var reading = ReadingView(articleIndex: 0, article: Self.article, width: 50)
        var last = reading.percentRead(rows: 40)
        #expect(last < 2)
        while reading.top < reading.maximumTop(rows: 40) {
            reading.scroll(by: 40, rows: 40)
            let percent = reading.percentRead(rows: 40)
            #expect(percent >= last)
            last = percent
        }
        #expect(last == 100)
        let short = ReadingView(articleIndex: 0, article: Article(id: "s", title: "S", blocks: MarkdownParser.parse("One line."), fileName: "s.md"), width: 50)
        #expect(short.percentRead(rows: 40) == 100)
    }

    /// The status line's percentage on the first screen of a long article
    /// lays out that screen only, not the end as well.
    @Test func percentReadOnTheFirstScreenLaysOutOnlyThatScreen() {
        let reading = ReadingView(articleIndex: 0, article: Self.article, width: 50)
        _ = reading.lines(from: .start, count: 40)
        let shown = reading.layoutWork.blocksLaidOut
        #expect(reading.percentRead(rows: 40) < 2)
        #expect(reading.layoutWork.blocksLaidOut == shown, "\(reading.layoutWork.blocksLaidOut) blocks laid out, \(shown) shown")
        let empty = ReadingView(articleIndex: 0, article: Article(id: "e", title: "E", blocks: [], fileName: "e.md"), width: 50)
        #expect(empty.percentRead(rows: 40) == 100)
    }

    @Test func aPositionPastTheEndOrBeforeTheStartIsClamped() {
        let reading = ReadingView(articleIndex: 0, article: Self.article, width: 50)
        #expect(reading.line(for: ReadingPosition(articleID: "long", blockIndex: 1_000_000)) == reading.lastLine)
        #expect(reading.line(for: ReadingPosition(articleID: "long", blockIndex: 3, offset: 1_000_000)).block == 3)
        #expect(reading.position(.start, movedBy: -5) == .start)
        let empty = ReadingView(articleIndex: 0, article: Article(id: "e", title: "E", blocks: [], fileName: "e.md"), width: 50)
        #expect(empty.isEmpty && empty.lines(from: .start, count: 10).isEmpty && empty.maximumTop(rows: 10) == .start)
    }
}

/// `/` in a long article finds the blocks holding the query once and
/// places matches on lines only where it steps or draws.
@Suite("Searching a long article")
struct LazySearchTests {
    let reading = ReadingView(articleIndex: 0, article: LazyLayoutTests.article, width: 50)

    func everyHit(_ search: ArticleSearch) -> [SearchHit] {
        (0..<reading.blockCount).flatMap { search.hits(inBlock: $0, of: reading) }
    }

    @Test func nVisitsEveryMatchInOrderThenWraps() throws {
        let search = ArticleSearch(query: "relief", article: reading.article)
        let all = everyHit(search)
        #expect(all.count == search.total && all.count > 1_000)
        var visited: [SearchHit] = []
        var found = try #require(search.next(after: .start, strictly: false, in: reading))
        while !found.wrapped {
            visited.append(found.hit)
            found = try #require(search.next(after: found.hit.first, strictly: true, in: reading))
            if visited.count > all.count { break }
        }
        #expect(visited.map(\.first) == Array(Set(all.map(\.first))).sorted(), "one stop per line with a match, in order")
        #expect(found.hit == all[0])
    }

    @Test func shiftNGoesBackAndWrapsToTheLast() throws {
        let search = ArticleSearch(query: "relief", article: reading.article)
        let all = everyHit(search)
        let middle = all[all.count / 2]
        let back = try #require(search.previous(before: middle.first, in: reading))
        #expect(!back.wrapped && back.hit.first < middle.first)
        #expect(all.contains(back.hit) && !all.contains { $0.first > back.hit.first && $0.first < middle.first })
        let wrapped = try #require(search.previous(before: .start, in: reading))
        #expect(wrapped.wrapped && wrapped.hit == all.last)
    }

    @Test func typingMoreLooksOnlyWhereTheShorterQueryMatchedAndFindsTheSame() {
        let article = reading.article
        let typed = ["r", "re", "rel", "reli", "relie", "relief", "relief c", "Relief"]
        var search: ArticleSearch?
        for query in typed {
            let refined = ArticleSearch(query: query, article: article, refining: search)
            let fresh = ArticleSearch(query: query, article: article)
            #expect(refined == fresh, "“\(query)”")
            search = refined
        }
        #expect(TextMatcher(query: "relief").narrows(TextMatcher(query: "relie")))
        #expect(!TextMatcher(query: "Relief").narrows(TextMatcher(query: "relie")), "a capital changes the case rule")
        #expect(!TextMatcher(query: "relie").narrows(TextMatcher(query: "relief")))
    }

    @Test func aQueryWithNoMatchAnswersNil() {
        let search = ArticleSearch(query: "zeppelin", article: reading.article)
        #expect(search.total == 0 && search.next(after: .start, strictly: false, in: reading) == nil)
        #expect(search.previous(before: reading.lastLine, in: reading) == nil)
    }
}
