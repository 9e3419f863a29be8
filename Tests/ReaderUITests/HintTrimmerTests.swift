@testable import ReaderUI
import Testing
import WeighTestSupport

/// The status line's hints are cut at a gap between two hints, never
/// through one.
@Suite("Fitting the key hints to the status line")
struct HintTrimmerTests {
    /// The hints kept one by one while they fit, as the line was cut
    /// before it scanned bytes: the oracle.
    static func referenceFit(_ text: String, width: Int) -> String {
        if DisplayWidth.of(text) <= width { return text }
        var kept = ""
        for part in text.components(separatedBy: "  ") {
            let candidate = kept.isEmpty ? part : kept + "  " + part
            if DisplayWidth.of(candidate) > width { break }
            kept = candidate
        }
        return kept.isEmpty ? String(DisplayWidth.prefix(of: Substring(text), fitting: width).prefix) : kept
    }

    static let hints = ["j/k move", "Enter open", "/ search", "? help", "q quit", "漢字 wide", "é accent", "Tab pane", "c compare"]

    @Test(arguments: 0..<100)
    func cutsWhereTheHintsOneByOneStopFitting(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let line = (0..<Int.random(in: 1...8, using: &random)).map { _ in Self.hints.randomElement(using: &random)! }
            .joined(separator: "  ") + " "
        for width in 0...DisplayWidth.of(line) + 1 {
            #expect(HintTrimmer.fit(line, width: width) == Self.referenceFit(line, width: width), "\(line.debugDescription) in \(width)")
        }
    }

    @Test func aLineThatFitsIsKeptAndOneHintIsNeverCut() {
        #expect(HintTrimmer.fit("j/k move  q quit ", width: 40) == "j/k move  q quit ")
        #expect(HintTrimmer.fit("j/k move  q quit ", width: 14) == "j/k move")
        #expect(HintTrimmer.fit("j/k move  q quit ", width: 4) == "j/k ", "a first hint too long is cut to the width")
    }
}
