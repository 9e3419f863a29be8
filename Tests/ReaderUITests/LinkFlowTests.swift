import ArticleKit
import Testing
@testable import ReaderUI
import WeighTestSupport

/// `o` in an article: which links are offered (those on screen, the
/// source's address while the source block is in view), the picker as a
/// person sees it, and following a link: to the browser (an effect), to
/// another article or a section (Backspace comes back), or only shown.
@Suite("Following links")
@MainActor
struct LinkFlowTests {
    static let source = SourceReference(title: "Source One", site: "Example Press", url: "https://example.org/source", published: "2024-06-24",
                                        author: "not named", kind: .study, interest: "none shown", evidence: .citesStudies, summarised: "2026-12-04")
    static let filler = (1...30).map { "Filler paragraph \($0) says nothing of note here." }.joined(separator: "\n\n")
    static let one = """
    # One

    Read [the study](https://example.org/study) and [the second article](guides/two.md#later-part).

    - an item with [a section here](#more)

    > quoted [bad](javascript:alert(1))

    \(filler)

    ## More

    Text with [a very long link text that wraps over the end of the line](https://example.org/long) and [missing](nowhere.md).
    """
    static let library = Library(
        topics: [],
        articles: [
            Article(id: "one", title: "One", source: source, blocks: MarkdownParser.parse(one), fileName: "one.md"),
            Article(id: "two", title: "Two", blocks: MarkdownParser.parse("# Two\n\nIntro.\n\n## Later part\n\nLater text.\n"), fileName: "guides/two.md"),
        ]
    )
    static let size = Size(width: 80, height: 30)

    static func run(_ keys: [InputEvent], store: MemoryPersonalStore? = nil) -> (state: AppState, screen: [String]) {
        let played = play(keys, library: library, size: size, theme: .monochrome, store: store) { $0.contentsHidden = true }
        return (played.state, played.terminal.screen)
    }

    @Test func theLinksOnScreenAreOfferedInReadingOrderEachOnce() throws {
        var view = ReadingView(articleIndex: 0, article: Self.library.articles[0], width: 40)
        #expect(view.visibleLinks(rows: 28).map(\.url) == [
            "https://example.org/source", "https://example.org/study", "guides/two.md#later-part", "#more", "javascript:alert(1)",
        ])
        #expect(view.visibleLinks(rows: 28).map(\.text) == [
            "https://example.org/source", "the study", "the second article", "a section here", "bad",
        ])
        // Past the source block, its address is no longer offered.
        view.scroll(by: 20, rows: 28)
        #expect(!view.visibleLinks(rows: 28).contains { $0.url == "https://example.org/source" })
        // The long link wraps over two lines at 40 columns: one link.
        view.scrollToEnd(rows: 4)
        let lines = view.lines(from: view.top, count: 4)
        #expect(lines.filter { $0.line.links.contains { $0.url == "https://example.org/long" } }.count >= 2, "\(lines.map(\.line.plainText))")
        #expect(view.visibleLinks(rows: 4).map(\.text) == ["a very long link text that wraps over the end of the line", "missing"])
        // Only what is on screen: the first line of the article has none.
        let top = ReadingView(articleIndex: 0, article: Self.library.articles[0], width: 40)
        #expect(top.visibleLinks(rows: 1).isEmpty)
    }

    @Test func whereALinkLeads() {
        #expect(LinkTarget(url: "https://example.org/x", from: "one.md") == .web("https://example.org/x"))
        #expect(LinkTarget(url: "MAILTO:a@example.org", from: "one.md") == .web("MAILTO:a@example.org"))
        #expect(LinkTarget(url: "javascript:alert(1)", from: "one.md") == .shownOnly("javascript:alert(1)"))
        #expect(LinkTarget(url: "file:///etc/passwd", from: "one.md") == .shownOnly("file:///etc/passwd"))
        #expect(LinkTarget(url: "data:text/html,hi", from: "one.md") == .shownOnly("data:text/html,hi"))
        #expect(LinkTarget(url: "/etc/passwd.md", from: "one.md") == .shownOnly("/etc/passwd.md"))
        #expect(LinkTarget(url: "picture.png", from: "one.md") == .shownOnly("picture.png"))
        #expect(LinkTarget(url: "../outside.md", from: "one.md") == .shownOnly("../outside.md"))
        #expect(LinkTarget(url: "#more", from: "one.md") == .library(fileName: nil, slug: "more"))
        #expect(LinkTarget(url: "two.md", from: "guides/one.md") == .library(fileName: "guides/two.md", slug: nil))
        #expect(LinkTarget(url: "../one.md#a%20b", from: "guides/two.md") == .library(fileName: "one.md", slug: "a b"))
        #expect(LinkTarget(url: "./my%20notes.md?x=1#s", from: "one.md") == .library(fileName: "my notes.md", slug: "s"))
    }

    @Test func thePickerShowsEachLinkNumberedWithItsWholeAddress() throws {
        let screen = Self.run(ReaderFixture.keys("o")).screen
        let top = try #require(screen.firstIndex { $0.contains("┌─ Links on screen ") }, "\(screen)")
        let left = try #require(screen[top].firstIndex(of: "┌"))
        let column = screen[top].distance(from: screen[top].startIndex, to: left)
        let width = screen[top].dropFirst(column).count
        let box = screen[top...].prefix { !$0.contains("└") }.map { String($0.dropFirst(column).prefix(width)) }
        #expect(Array(box.dropFirst()) == [
            "│ ▶ 1  https://example.org/source                            │",
            "│   2  the study                                             │",
            "│      https://example.org/study                             │",
            "│   3  the second article · in this library                  │",
            "│      guides/two.md#later-part                              │",
            "│   4  a section here · in this library                      │",
            "│      #more                                                 │",
            "│   5  bad · shown only, never opened                        │",
            "│      javascript:alert(1)                                   │",
        ])
        #expect(screen[top + box.count].contains("Enter or 1–9 follows · Esc closes"))
        #expect(screen.last?.contains("j/k move  Enter follow  Esc close") == true, "\(screen)")
        // j moves the mark; Esc closes.
        let moved = Self.run(ReaderFixture.keys("oj")).screen
        #expect(moved.contains { $0.contains("│ ▶ 2  the study") } && moved.contains { $0.contains("│   1  https://example.org/source") })
        #expect(!Self.run(ReaderFixture.keys("o") + [.key(.escape)]).screen.contains { $0.contains("Links on screen") })
    }

    @Test func aWebLinkGoesToTheBrowserAndAnyOtherAddressIsOnlyShown() {
        let store = MemoryPersonalStore()
        let opened = Self.run(ReaderFixture.keys("o2"), store: store)
        #expect(store.performed.contains(.openLink("https://example.org/study")))
        #expect(opened.state.overlay == nil)
        let enter = MemoryPersonalStore()
        _ = Self.run(ReaderFixture.keys("oj") + [.key(.enter)], store: enter)
        #expect(enter.performed.contains(.openLink("https://example.org/study")))
        let shown = MemoryPersonalStore()
        let script = Self.run(ReaderFixture.keys("o5"), store: shown)
        #expect(!shown.performed.contains { if case .openLink = $0 { true } else { false } })
        #expect(script.screen.last?.contains("javascript:alert(1) — not opened: weigh opens only web and mail links") == true, "\(script.screen)")
        #expect(Self.run(ReaderFixture.keys("o9")).screen.last?.contains("No link 9 here") == true)
    }

    @Test func aLinkToAnotherArticleOpensItAtTheSectionAndBackspaceComesBack() throws {
        let followed = Self.run(ReaderFixture.keys("jjo3"))
        #expect(followed.state.reading?.article.id == "two")
        // A short article cannot bring its section to the top: it is marked.
        #expect(followed.state.reading?.highlightedSectionSlug == "later-part")
        #expect(followed.screen.first?.contains("weigh — Two") == true)
        #expect(followed.screen.contains { $0.contains("▶Later part") }, "\(followed.screen)")
        let back = Self.run(ReaderFixture.keys("jjo3") + [.key(.backspace)])
        #expect(back.state.reading?.article.id == "one")
        #expect(back.state.reading?.top == LinePosition(block: 0, line: 2), "the line it was followed from")
        #expect(back.state.linkHistory.isEmpty)
        // In the same article: #more, then back to the top.
        let section = Self.run(ReaderFixture.keys("o4"))
        #expect(section.state.reading?.article.id == "one" && section.state.reading?.highlightedSectionSlug == "more")
        #expect(section.screen.contains { $0.contains("▶More") }, "\(section.screen)")
        let again = Self.run(ReaderFixture.keys("o4") + [.key(.backspace)])
        #expect(again.state.reading?.top == .start)
        // Two links deep, two Backspaces home; a third does nothing.
        let deep = Self.run(ReaderFixture.keys("o4") + ReaderFixture.keys("Go1") + [.key(.backspace), .key(.backspace)])
        #expect(deep.state.reading?.article.id == "one" && deep.state.reading?.top == .start)
    }

    @Test func aHostileAddressIsDrawnNeutralizedInThePicker() throws {
        let markdown = "# H\n\nA [bad\u{1B}c\u{07} link](<https://x.example/a b;$(id)\u{1B}[31m\u{9B}2J>) here.\n"
        let library = Library(topics: [], articles: [Article(id: "h", title: "H", blocks: MarkdownParser.parse(markdown), fileName: "h.md")])
        let screen = play(ReaderFixture.keys("o"), library: library, size: Self.size, theme: .monochrome).terminal.screen
        #expect(screen.contains { $0.contains("│ ▶ 1  bad␛c␇ link") }, "\(screen)")
        #expect(screen.contains { $0.contains("https://x.example/a b;$(id)␛[31m�2J") }, "\(screen)")
        let controls = screen.joined().unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        #expect(controls.isEmpty)
    }

    @Test func theSelectedLinkStaysInViewWhenTheLinksOutnumberTheBox() {
        let markdown = "# Many\n\n" + (1...12).map { "<https://example.org/\($0)>" }.joined(separator: " ") + "\n"
        let library = Library(topics: [], articles: [Article(id: "m", title: "Many", blocks: MarkdownParser.parse(markdown), fileName: "m.md")])
        let size = Size(width: 60, height: 12)
        let first = play(ReaderFixture.keys("o"), library: library, size: size, theme: .monochrome).terminal.screen
        // Bare addresses, all on screen, each on one row of the picker.
        #expect(first.contains { $0.contains("│ ▶ 1  https://example.org/1 ") } && !first.contains { $0.contains("│   12 ") }, "\(first)")
        let last = play(ReaderFixture.keys("o" + String(repeating: "j", count: 11)), library: library, size: size, theme: .monochrome).terminal.screen
        #expect(last.contains { $0.contains("│ ▶ 12 https://example.org/12") } && !last.contains { $0.contains("│   1  ") }, "\(last)")
    }

    @Test func aLinkToNoArticleSaysSo() {
        let missing = Self.run(ReaderFixture.keys("Go2"))
        #expect(missing.state.reading?.article.id == "one" && missing.state.linkHistory.isEmpty)
        #expect(missing.screen.last?.contains("No article nowhere.md in this library") == true, "\(missing.screen)")
        #expect(Self.run(ReaderFixture.keys("G") + [.key(.character("o"))]).screen.contains { $0.contains("│ ▶ 1  a very long link text") })
        let none = play(ReaderFixture.keys("o"), library: ReaderFixture.library, size: Self.size, theme: .monochrome)
        #expect(none.terminal.screen.last?.contains("No links on this screen") == true)
    }
}
