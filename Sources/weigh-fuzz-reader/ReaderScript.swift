import ArticleKit
import ReaderUI
import WeighTestSupport

/// One input of the reader target, decoded: which library, how the reader
/// starts, the terminal's size, then up to `maximumEvents` events.
///
/// Byte 0 is flags: bits 0–1 pick the library (0, 1: the fixture library;
/// 2: an empty one; 3: one article with no body), bit 2 leaves the search
/// index building in the background, bit 3 starts with bookmarks (one
/// exact, one whose place is gone, one whose article is gone), bit 4
/// draws without colour, bit 5 starts at a saved place (the fixture's last
/// article), bit 6 loads the fixture in the background (the reader starts
/// with its first article; the rest joins an article at a time, as
/// `weigh`'s loader posts it), bit 7 makes bookmarks unavailable. Bytes
/// 1–2 are the size (`ByteCursor.nextSize`). Then each event:
///
/// | bytes | event |
/// |---|---|
/// | 0x20–0x7E | that character as a key (`j`, `G`, `/`…) |
/// | 0x09, 0x0A/0x0D, 0x1B, 0x08 | Tab, Enter, Esc, Backspace |
/// | other 0x00–0x1F, 0x7F | Ctrl-letter, Delete, arrows (`controlKeys`) |
/// | 0x80–0xBF | `specialKeys`: keys, function keys, hostile characters |
/// | 0xC0–0xDF, x, y | a mouse press, wheel up or wheel down at (x, y) |
/// | 0xE0–0xEF, w, h | a resize |
/// | 0xF0–0xF7 | the background search index lands (after the whole library, as in `weigh`) |
/// | 0xF8–0xFB | the library grows by one article (or arrives whole again) |
/// | 0xFC–0xFF | a notice from the store, with hostile text |
struct ReaderScript {
    static let maximumEvents = 256

    enum LibraryChoice { case fixture, empty, emptyArticle }

    var library: LibraryChoice
    var indexPending: Bool
    var startsWithBookmarks: Bool
    var theme: Theme
    var startsAtSavedPlace: Bool
    var loadsInBackground: Bool
    var bookmarksUnavailable: Bool
    var size: Size
    var events: [InputEvent] = []
    /// Library updates delivered so far while loading in the background.
    private var grown = 0

    init(_ bytes: [UInt8]) {
        var input = ByteCursor(bytes)
        let flags = input.next()
        library = [.fixture, .fixture, .empty, .emptyArticle][Int(flags & 3)]
        indexPending = flags & 4 != 0
        startsWithBookmarks = flags & 8 != 0
        theme = flags & 16 != 0 ? .monochrome : .colored
        startsAtSavedPlace = flags & 32 != 0
        loadsInBackground = flags & 64 != 0 && library == .fixture
        bookmarksUnavailable = flags & 128 != 0
        size = input.nextSize()
        while !input.isAtEnd && events.count < Self.maximumEvents {
            events += event(from: &input)
        }
    }

    /// The next growth of the library: one more article, or the whole
    /// library again once it is complete (or was never partial).
    private mutating func grow() -> InputEvent {
        let steps = FuzzLibraries.growth
        guard loadsInBackground, grown + 1 < steps.count else { return .report(.libraryGrew(FuzzLibraries.whole(library))) }
        grown += 1
        return .report(.libraryGrew(steps[grown]))
    }

    private mutating func event(from input: inout ByteCursor) -> [InputEvent] {
        let byte = input.next()
        switch byte {
        case 0xF0...0xF7:
            // `weigh` builds the index once the library is whole.
            let whole = loadsInBackground && grown + 1 < FuzzLibraries.growth.count ? [wholeLibrary()] : []
            return whole + [.report(.searchIndexReady(FuzzLibraries.searchIndex))]
        case 0xF8...0xFB: return [grow()]
        default: return [Self.event(byte, from: &input)]
        }
    }

    private mutating func wholeLibrary() -> InputEvent {
        grown = FuzzLibraries.growth.count - 1
        return .report(.libraryGrew(FuzzLibraries.growth[grown]))
    }

    static func event(_ byte: UInt8, from input: inout ByteCursor) -> InputEvent {
        switch byte {
        case 0x20...0x7E: return .key(.character(Character(Unicode.Scalar(byte))))
        case 0x00...0x1F, 0x7F: return .key(controlKey(byte))
        case 0x80...0xBF: return .key(specialKeys[Int(byte - 0x80) % specialKeys.count])
        case 0xC0...0xDF:
            let kind: MouseEvent.Kind = [.press, .wheelUp, .wheelDown][Int(byte) % 3]
            let x = Int(input.next())
            return .mouse(MouseEvent(kind, x: x, y: Int(input.next())))
        case 0xE0...0xEF: return .resize(input.nextSize())
        default: return .report(.notice("Saved \u{1B}]0;t\u{07} 漢字👩‍💻 \u{202E}evil \u{9B}31m"))
        }
    }

    static func controlKey(_ byte: UInt8) -> Key {
        switch byte {
        case 0x09: .tab
        case 0x0A, 0x0D: .enter
        case 0x1B: .escape
        case 0x08: .backspace
        case 0x7F: .delete
        case 0x00: .backTab
        case 0x1C: .up
        case 0x1D: .down
        case 0x1E: .left
        case 0x1F: .right
        default: .control(Character(Unicode.Scalar(byte + 0x60)))
        }
    }

    /// Keys a terminal can send that have no ASCII byte, and characters a
    /// prompt must clean: wide, joined, combining, C1, bidi, zero-width.
    static let specialKeys: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .backTab, .delete, .backspace, .enter, .escape, .tab,
    ] + (1...12).map { Key.function($0) } + [
        "漢", "👩‍💻", "🇯🇵", "\u{301}", "e\u{301}", "\u{9B}", "\u{85}", "\u{202E}", "\u{200B}", "\u{FEFF}", "\u{1B}",
        "\u{7F}", "\u{0}", "\u{FFFD}", "\u{2028}", "\u{1F600}\u{FE0F}", "ß", "é", "\u{E0067}", "\u{AD}",
    ].map { Key.character($0) }
}
