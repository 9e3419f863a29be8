import ReaderUI
import Testing
@testable import TerminalCurses

/// Capabilities read from the system's terminfo, then used to draw frames
/// on `ModelTerminal`. Serialized: reading a description makes it
/// ncurses' current terminal, which is one per process.
@Suite(.serialized) struct TerminfoCapabilitiesTests {
    @Test func xtermIsAddressedTheANSIWayAndHasColors() throws {
        let capabilities = try #require(TerminalCapabilities.described("xterm-256color", colors: true))
        guard case .ansi = capabilities.cursorAddressing else {
            Issue.record("xterm's cup is ANSI")
            return
        }
        #expect(capabilities.usesColor)
        #expect(!capabilities.scrollsAtLastCell)
        for seed in UInt64(1)...20 {
            var terminal = ModelTerminal(width: 30, height: 6)
            FrameEncoderTests.show(FrameEncoderTests.frames(seed: seed, size: Size(width: 30, height: 6), count: 8),
                                   with: capabilities, on: &terminal, seed: seed)
        }
    }

    @Test func noColorAsksForNone() throws {
        let capabilities = try #require(TerminalCapabilities.described("xterm-256color", colors: false))
        #expect(!capabilities.usesColor)
        #expect(!capabilities.bold.isEmpty && !capabilities.reverse.isEmpty)
    }

    @Test func vt100PaddingIsNeverSentAsText() throws {
        // vt100's terminfo asks for delays: `cup=\E[%i%p1%d;%p2%dH$<5>`.
        let capabilities = try #require(TerminalCapabilities.described("vt100", colors: true))
        #expect(!capabilities.usesColor)
        for seed in UInt64(1)...20 {
            var terminal = ModelTerminal(width: 20, height: 5)
            FrameEncoderTests.show(FrameEncoderTests.frames(seed: seed, size: Size(width: 20, height: 5), count: 6),
                                   with: capabilities, on: &terminal, comparingStyles: false, seed: seed)
        }
    }

    @Test func aTerminalWithItsOwnAddressingIsSentItsOwn() throws {
        // vt52 moves the cursor with `ESC Y row+32 column+32`, has no
        // attributes at all and no automatic margin.
        let capabilities = try #require(TerminalCapabilities.described("vt52", colors: true))
        guard case .expanded = capabilities.cursorAddressing else {
            Issue.record("vt52's cup is not ANSI")
            return
        }
        for seed in UInt64(1)...20 {
            var terminal = ModelTerminal(width: 20, height: 5, autoMargin: false)
            FrameEncoderTests.show(FrameEncoderTests.frames(seed: seed, size: Size(width: 20, height: 5), count: 6),
                                   with: capabilities, on: &terminal, comparingStyles: false, seed: seed)
        }
    }

    @Test func paddingIsLeftOutAndOtherDollarsKept() {
        #expect(TerminalCapabilities.withoutPadding("\u{1B}[m\u{0F}$<2>") == Array("\u{1B}[m\u{0F}".utf8))
        #expect(TerminalCapabilities.withoutPadding("a$<5.5*/>b") == Array("ab".utf8))
        #expect(TerminalCapabilities.withoutPadding("a$<x>b$<") == Array("a$<x>b$<".utf8))
        #expect(TerminalCapabilities.withoutPadding(nil) == [])
    }
}
