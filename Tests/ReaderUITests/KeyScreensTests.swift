import ArticleKit
import Testing
import ReaderUI
import WeighTestSupport

/// The key screens, asserted whole: every line of the screen, at 120×40 and
/// 80×24, in the monochrome theme, on a small library built here (not the
/// bundled one, which changes with its content). A change to any of these
/// screens is a change a person sees, so it must be made on purpose.
///
/// To re-record after an intended change: run
/// `swift test --filter KeyScreensTests`; each failing test prints the
/// screen it drew as a Swift array literal. Read it line by line (alignment,
/// nothing cut where it should not be) before pasting it over the old one.
@Suite("Key screens, whole")
@MainActor
struct KeyScreensTests {
    static let wide = Size(width: 120, height: 40)
    static let narrow = Size(width: 80, height: 24)

    /// The screen drawn after `keys`, as lines (trailing spaces dropped).
    static func screen(_ keys: String, size: Size, store: MemoryPersonalStore? = nil) -> [String] {
        play(ReaderFixture.keys(keys), library: KeyScreensFixture.library, size: size, theme: .monochrome, store: store).terminal.screen
    }

    /// Compares whole screens; on a difference, prints the screen drawn as
    /// a literal to paste.
    static func expectScreen(_ actual: [String], _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let same = actual == expected
        let lines = actual.map { "    " + $0.debugDescription.replacingOccurrences(of: "\\'", with: "'") + ",\n" }
        #expect(same, "the screen drawn:\n[\n\(lines.joined())]", sourceLocation: sourceLocation)
    }

    @Test func libraryJustOpenedWide() {
        Self.expectScreen(Self.screen("", size: Self.wide), [
            " weigh — What a clinic says                                                                                      ? help",
            " ▾ What a clinic says               │ What a clinic says",
            "     How soon                       │ ══════════════════",
            "     Habit                          │",
            " ▸ What a review says               │ │ About this source",
            "                                    │ │ Source: “Fast Relief Infusions”",
            "                                    │ │ Site: Example Clinic",
            "                                    │ │ Author: not named",
            "                                    │ │ Published: 2024-06-24",
            "                                    │ │ Kind: clinic or provider",
            "                                    │ │ Interest: sells infusions",
            "                                    │ │ Evidence: ◐ mentions studies without citing them",
            "                                    │ │ Summarised: 2026-12-04, in this library's own words",
            "                                    │ │ Claims drawn here: benefits: 2 claims, 12 words",
            "                                    │ │ This reports what its sources say; it is not medical advice. Talk to a",
            "                                    │ │ qualified healthcare provider.",
            "                                    │",
            "                                    │ How soon",
            "                                    │ ────────",
            "                                    │",
            "                                    │ The clinic says some people feel better within hours of an infusion.",
            "                                    │",
            "                                    │ Habit",
            "                                    │ ─────",
            "                                    │",
            "                                    │ The clinic says supervised sessions are unlikely to become a habit.",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            "                                    │",
            " What a clinic says  100% j/k scroll  Space page  ]/[ section  c compare  / search  m mark  d decision  Tab pane  ? help",
        ])
    }

    @Test func libraryJustOpenedNarrow() {
        Self.expectScreen(Self.screen("", size: Self.narrow), [
            " weigh — What a clinic says                                              ? help",
            " What a clinic says",
            " ══════════════════",
            "",
            " │ About this source",
            " │ Source: “Fast Relief Infusions”",
            " │ Site: Example Clinic",
            " │ Author: not named",
            " │ Published: 2024-06-24",
            " │ Kind: clinic or provider",
            " │ Interest: sells infusions",
            " │ Evidence: ◐ mentions studies without citing them",
            " │ Summarised: 2026-12-04, in this library's own words",
            " │ Claims drawn here: benefits: 2 claims, 12 words",
            " │ This reports what its sources say; it is not medical advice. Talk to a",
            " │ qualified healthcare provider.",
            "",
            " How soon",
            " ────────",
            "",
            " The clinic says some people feel better within hours of an infusion.",
            "",
            " Habit",
            " What a clinic says  73%          j/k scroll  Space page  ]/[ section  c compare",
        ])
    }

    @Test func comparisonOfTheLibraryWide() {
        Self.expectScreen(Self.screen("cs", size: Self.wide), [
            " weigh — What a clinic says                                                                                      ? help",
            " What a clinic says                            │ Comparison · all articles",
            " ══════════════════                            │ Benefits                          │ Risks",
            "                                               │ ──────────────────────────────────┼───────────────────────────────────",
            " │ About this source                           │",
            " │ Source: “Fast Relief Infusions”             │ Onset — How soon does it work?",
            " │ Site: Example Clinic                        │ Says: [1] ▲  [2] ▲",
            " │ Author: not named                           │ ▲ Some feel better within hours   │   none stated",
            " │ Published: 2024-06-24                       │   [1 clinic ◐]                    │",
            " │ Kind: clinic or provider                    │ ▲ Effects within a day for some   │",
            " │ Interest: sells infusions                   │   [2 review ●]                    │",
            " │ Evidence: ◐ mentions studies without citing │",
            " │ them                                        │ Addiction — Can it be addictive?",
            " │ Summarised: 2026-12-04, in this library's   │ Says: [1] ▲  [2] ▼◆  ≠ sources differ",
            " │ own words                                   │ ▲ Unlikely to become a habit when │ ▼ Repeated use can become a habit",
            " │ Claims drawn here: benefits: 2 claims, 12   │   supervised ≠ [1 clinic ◐]       │   ≠ [2 review ●]",
            " │ words                                       │ Precautions",
            " │ This reports what its sources say; it is    │ ◆ Check blood pressure first [2 review ●]",
            " │ not medical advice. Talk to a qualified     │",
            " │ healthcare provider.                        │ Sources",
            "                                               │ [1 clinic ◐] What a clinic says — based on “Fast Relief",
            " How soon                                      │     Infusions”; Example Clinic; author not named; published",
            " ────────                                      │     2024-06-24; clinic or provider; ◐ mentions studies without citing",
            "                                               │     them; interest: sells infusions; summarised 2026-12-04",
            " The clinic says some people feel better       │ [2 review ●] What a review says — based on “Ketamine for",
            " within hours of an infusion.                  │     Depression: A Review”; A Medical Journal; by A. Author; published",
            "                                               │     2023-01-02; https://example.org/review; review; ● cites studies;",
            " Habit                                         │     interest: none shown; summarised 2026-12-04",
            " ─────                                         │",
            "                                               │ ▲ benefit ▼ risk ◆ precaution ● cites studies ◐ mentions studies",
            " The clinic says supervised sessions are       │ without citing them ○ cites no studies",
            " unlikely to become a habit.                   │ A claim is what a source says, not a finding; how many claims a topic",
            "                                               │ has says nothing about the evidence.",
            "                                               │ This reports what its sources say; it is not medical advice. Talk to a",
            "                                               │ qualified healthcare provider.",
            "                                               │",
            "                                               │",
            "                                               │",
            "                                               │",
            " Onset · benefit  claim 1 of 5            j/k claim  ]/[ topic  Enter read  1/4 rate  a note  / search  o order  s scope",
        ])
    }

    @Test func comparisonOfTheLibraryNarrow() {
        Self.expectScreen(Self.screen("cs", size: Self.narrow), [
            " weigh — What a clinic says                                              ? help",
            " Comparison · all articles",
            " Benefits                              │ Risks",
            " ──────────────────────────────────────┼───────────────────────────────────────",
            "",
            " Onset — How soon does it work?",
            " Says: [1] ▲  [2] ▲",
            " ▲ Some feel better within hours       │   none stated",
            "   [1 clinic ◐]                        │",
            " ▲ Effects within a day for some       │",
            "   [2 review ●]                        │",
            "",
            " Addiction — Can it be addictive?",
            " Says: [1] ▲  [2] ▼◆  ≠ sources differ",
            " ▲ Unlikely to become a habit when     │ ▼ Repeated use can become a habit ≠",
            "   supervised ≠ [1 clinic ◐]           │   [2 review ●]",
            " Precautions",
            " ◆ Check blood pressure first [2 review ●]",
            "",
            " Sources",
            " [1 clinic ◐] What a clinic says — based on “Fast Relief Infusions”;",
            "     Example Clinic; author not named; published 2024-06-24; clinic or",
            "     provider; ◐ mentions studies without citing them; interest: sells",
            " Onset · benefit  claim 1 of 5        j/k claim  ]/[ topic  Enter read  1/4 rate",
        ])
    }

    @Test func bookmarksWide() {
        Self.expectScreen(Self.screen("'", size: Self.wide, store: KeyScreensFixture.store()), [
            " weigh — What a clinic says                                                                                      ? help",
            " Bookmarks (2)                                  │ What a clinic says",
            " What a review says                             │ ══════════════════",
            "  ◆ ask about this · Habit                      │",
            "    The review warns that repeated use can beco…│ │ About this source",
            " What a clinic says                             │ │ Source: “Fast Relief Infusions”",
            "  ◆ How soon                                    │ │ Site: Example Clinic",
            "    The clinic says some people feel better wit…│ │ Author: not named",
            "                                                │ │ Published: 2024-06-24",
            "                                                │ │ Kind: clinic or provider",
            "                                                │ │ Interest: sells infusions",
            "                                                │ │ Evidence: ◐ mentions studies without citing them",
            "                                                │ │ Summarised: 2026-12-04, in this library's own words",
            "                                                │ │ Claims drawn here: benefits: 2 claims, 12 words",
            "                                                │ │ This reports what its sources say; it is not medical advice. Talk",
            "                                                │ │ to a qualified healthcare provider.",
            "                                                │",
            "                                                │ How soon",
            "                                                │ ────────",
            "                                                │",
            "                                                │◆The clinic says some people feel better within hours of an infusion.",
            "                                                │",
            "                                                │ Habit",
            "                                                │ ─────",
            "                                                │",
            "                                                │ The clinic says supervised sessions are unlikely to become a habit.",
            "                                                │",
            "                                                │",
            "                                                │",
            "                                                │",
            "                                                │",
            "                                                │",
            "                                                │",
            "                                                │",
            "                                                │",
            "                                                │",
            "                                                │",
            "                                                │",
            "                                                │",
            " What a clinic says  100%                                     j/k move  Enter go  d delete  r rename  a note  Esc close",
        ])
    }

    @Test func bookmarksNarrow() {
        Self.expectScreen(Self.screen("'", size: Self.narrow, store: KeyScreensFixture.store()), [
            " weigh — What a clinic says                                              ? help",
            " Bookmarks (2)",
            " What a review says",
            "  ◆ ask about this · Habit",
            "    The review warns that repeated use can become a habit.",
            " What a clinic says",
            "  ◆ How soon",
            "    The clinic says some people feel better within hours of an infusion.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " What a clinic says  73%          j/k move  Enter go  d delete  r rename  a note",
        ])
    }

    /// The help is a box over the panes: what the panes hold beyond its
    /// right edge still shows (`alk to a` is the end of the article's
    /// disclaimer line).
    /// "My decision" with a rating, a note, a question from a starter and
    /// where I stand, the question selected.
    @Test func decisionNarrow() {
        let keys = ReaderFixture.keys("cs]3jaAsk how often") + [.key(.enter)] + ReaderFixture.keys("dltynynjjj") + [.key(.enter)]
        let screen = play(keys, library: KeyScreensFixture.library, size: Self.narrow, theme: .monochrome, store: MemoryPersonalStore()).terminal.screen
        Self.expectScreen(screen, [
            " weigh — What a clinic says                                              ? help",
            " My decision — d or Esc closes",
            " This reports what its sources say; it is not medical advice. Talk to a",
            " qualified healthcare provider.",
            "",
            " Where I stand",
            " ▸ Now: leaning towards trying it (2001-01-02)",
            "   SURE: sure yes · understand the information no · clear about what matters",
            "   yes · enough support no",
            "",
            " What matters most to me",
            " ▸ Addiction — matters a lot to you",
            "",
            " My questions",
            " 1. What are the possible benefits and harms of each option?",
            "   You could also ask:",
            " + What are my options, including waiting or doing nothing for now?",
            " + How likely are those benefits and harms for someone like me?",
            " + What happens during a session, and in the hours and days after?",
            " + What would it cost me, and would my insurance help?",
            "",
            " My notes",
            " ✎ On “Repeated use can become a habit”:",
            " My decision  item 3 of 8                                        Question saved",
        ])
    }

    @Test func helpWide() {
        Self.expectScreen(Self.screen("?", size: Self.wide), [
            " weigh — What a clinic says                                                                                      ? help",
            " ▾ What a clinic ┌─ Keys — Esc closes ───────────────────────────────────────────────────────────────┐",
            "     How soon    │ Everywhere                                                                        │",
            "     Habit       │ j ↓ Ctrl-N Ctrl-E    Down one line                                                │",
            " ▸ What a review │ k ↑ Ctrl-P Ctrl-Y    Up one line                                                  │",
            "                 │ Space PgDn Ctrl-F f  Down one page                                                │",
            "                 │ b PgUp Ctrl-B        Up one page                                                  │",
            "                 │ Ctrl-D               Down half a page                                             │",
            "                 │ Ctrl-U               Up half a page                                               │",
            "                 │ g Home <             Go to the top                                                │",
            "                 │ G End >              Go to the end                                                │",
            "                 │ ]                    Next section (in the comparison: next topic)                 │",
            "                 │ [                    Previous section (in the comparison: topic)                  │",
            "                 │ Tab                  Switch pane: contents ⇄ article                              │",
            "                 │ Shift-Tab            Switch pane, backwards                                       │alk to a",
            "                 │ T                    Hide or show the table of contents                           │",
            "                 │ c                    Open or close the risk/benefit comparison                    │",
            "                 │ m                    Bookmark the top line of the article                         │",
            "                 │ '                    Open or close the bookmarks                                  │",
            "                 │ F                    Search every article (titles, headings, claims, text)        │",
            "                 │ ? F1                 Show this help                                               │ion.",
            "                 │ d                    My decision: what matters, notes, questions, where I stand   │",
            "                 │ q                    Quit                                                         │",
            "                 │                                                                                   │",
            "                 │ Table of contents                                                                 │",
            "                 │ Enter                Open the selected article or section                         │it.",
            "                 │ h ←                  Fold an article's sections                                   │",
            "                 │ l →                  Unfold an article's sections                                 │",
            "                 │ v                    Edit the selected article in $VISUAL or $EDITOR              │",
            "                 │ /                    Jump to a title or heading, in folded articles too           │",
            "                 │ n                    Next matching title or heading                               │",
            "                 │ N                    Previous matching title or heading                           │",
            "                 │                                                                                   │",
            "                 │ Article                                                                           │",
            "                 │ Esc Backspace        Back to where a link or a claim was followed from            │",
            "                 │ v                    Edit this article in $VISUAL or $EDITOR, at the top line     │",
            "                 │ /                    Search this article (Enter alone repeats the last search)    │",
            "                 │ n                    Next match                                                   │",
            "                 └────────────────────────────────────────────────────────────────────── j/k more ↓ ─┘",
            " What a clinic says  100%                                                                         j/k scroll  Esc close",
        ])
    }

    @Test func helpNarrow() {
        Self.expectScreen(Self.screen("?", size: Self.narrow), [
            " weigh — What a clinic says                                              ? help",
            " ┌─ Keys — Esc closes ────────────────────────────────────────────────────────┐",
            " │ Everywhere                                                                 │",
            " │ j ↓ Ctrl-N Ctrl-E    Down one line                                         │",
            " │ k ↑ Ctrl-P Ctrl-Y    Up one line                                           │",
            " │ Space PgDn Ctrl-F f  Down one page                                         │",
            " │ b PgUp Ctrl-B        Up one page                                           │",
            " │ Ctrl-D               Down half a page                                      │",
            " │ Ctrl-U               Up half a page                                        │",
            " │ g Home <             Go to the top                                         │",
            " │ G End >              Go to the end                                         │",
            " │ ]                    Next section (in the comparison: next topic)          │",
            " │ [                    Previous section (in the comparison: topic)           │",
            " │ Tab                  Switch pane: contents ⇄ article                       │",
            " │ Shift-Tab            Switch pane, backwards                                │",
            " │ T                    Hide or show the table of contents                    │",
            " │ c                    Open or close the risk/benefit comparison             │",
            " │ m                    Bookmark the top line of the article                  │",
            " │ '                    Open or close the bookmarks                           │",
            " │ F                    Search every article (titles, headings, claims, text) │",
            " │ ? F1                 Show this help                                        │",
            " │ d                    My decision: what matters, notes, questions, where I  │",
            " └─────────────────────────────────────────────────────────────── j/k more ↓ ─┘",
            " What a clinic says  73%                                  j/k scroll  Esc close",
        ])
    }

    @Test func tooSmall() {
        Self.expectScreen(Self.screen("", size: Size(width: 30, height: 8)), [
            "",
            "",
            "      terminal too small",
            "   (need 40×10, have 30×8)",
            "    enlarge it, or press q",
            "",
            "",
            "",
        ])
    }
}
