import Testing
import WeighTestSupport
@testable import ReaderUI

/// Words are placed a stretch at a time; these check that against the
/// word-at-a-time way on random text (ASCII, accents, CJK, combining marks,
/// a space joined to a mark), where any difference in a line, a style, an
/// offset or a width would show.
@Suite("Wrapping by stretches agrees with wrapping word by word")
struct ParagraphWrapperAgreementTests {
    private static let styles = [TextStyle.body, TextStyle(.body, inline: .strong), TextStyle(.sourceTag), TextStyle(.muted, inline: .emphasis)]
    private static let pieces = ["a", "to", "word", "longer", "unbreakablewordthatoverflows", " ", " ", " ", "  ", "   ", ".", "[12]",
                                 "café", "治疗", "e\u{301}", " \u{301}x", "\n"]

    private func randomRuns(_ random: inout SplitMix64) -> [StyledRun] {
        (0..<Int.random(in: 1...8, using: &random)).map { _ in
            let text = (0..<Int.random(in: 1...12, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            return text.contains("\n") && Bool.random(using: &random) ? StyledRun("\n") : StyledRun(text, Self.styles.randomElement(using: &random)!)
        }
    }

    private func wrapped(_ runs: [StyledRun], width: Int, byLines: Bool) -> ParagraphWrapper {
        var wrapper = ParagraphWrapper(width: width)
        wrapper.placesWordsByStretches = byLines
        for run in runs { wrapper.add(run) }
        wrapper.finish()
        return wrapper
    }

    @Test func randomRunsWrapAlikeAtEveryWidth() {
        var random = SplitMix64(seed: 0x5EED_0A5C)
        var cases = 0
        for _ in 0..<400 {
            let runs = randomRuns(&random)
            for width in [1, 3, 7, 12, 20, 33, 80] {
                let fast = wrapped(runs, width: width, byLines: true)
                let slow = wrapped(runs, width: width, byLines: false)
                let same = fast.lines == slow.lines && fast.lineOffsets == slow.lineOffsets && fast.lineWidths == slow.lineWidths
                #expect(same, "width \(width): \(runs.map(\.text))")
                if !same { return }
                cases += 1
            }
        }
        #expect(cases == 2800)
    }

    @Test func lineWidthsAreTheLinesDisplayWidths() {
        var random = SplitMix64(seed: 42)
        for _ in 0..<200 {
            let runs = randomRuns(&random)
            let wrapper = wrapped(runs, width: 16, byLines: true)
            let measured = wrapper.lines.map { line in line.reduce(0) { $0 + DisplayWidth.of($1.text) } }
            #expect(wrapper.lineWidths == measured, "\(runs.map(\.text))")
        }
    }

    @Test func aRunEndingInASpaceLeavesTheSpaceForTheNextRunsWord() {
        let runs = [StyledRun("one two "), StyledRun("three four", TextStyle(.sourceTag))]
        let wrapper = wrapped(runs, width: 40, byLines: true)
        #expect(wrapper.lines == [[StyledRun("one two"), StyledRun(" three four", TextStyle(.sourceTag))]])
    }
}
