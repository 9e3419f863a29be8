import Testing
@testable import TerminalCurses

/// The frame pacer: a key on its own is drawn at once, a held key or a
/// storm of events is drawn at most once an interval over time.
@Suite("Pacing frames")
struct FramePacerTests {
    static let start = ContinuousClock.now

    static func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

    @Test func aKeyOnItsOwnNeverWaits() {
        var pacer = FramePacer()
        #expect(pacer.delay(at: Self.at(0)) == .zero, "the first frame")
        pacer.recordFrame(at: Self.at(0))
        #expect(pacer.delay(at: Self.at(5)) == .zero, "a second key 5 ms later")
        pacer.recordFrame(at: Self.at(5))
        #expect(pacer.delay(at: Self.at(10)) == .milliseconds(23), "a third within the interval waits for its turn")
        #expect(pacer.delay(at: Self.at(33)) == .zero)
        pacer.recordFrame(at: Self.at(33))
        #expect(pacer.delay(at: Self.at(500)) == .zero, "after a pause")
        pacer.recordFrame(at: Self.at(500))
        #expect(pacer.delay(at: Self.at(501)) == .zero, "a pause gives the burst back")
    }

    /// The reader's loop against events every `gap` ms for `duration` ms:
    /// a frame is written when the pacer allows, else the newest waits for
    /// its turn. Returns when each frame was written.
    static func frames(everyMilliseconds gap: Int, for duration: Int, pacer: FramePacer = FramePacer()) -> [Int] {
        var pacer = pacer
        var written: [Int] = []
        var waitingSince: Int?
        for now in 0...duration + 100 {
            if now <= duration && now % gap == 0 { waitingSince = now }
            guard waitingSince != nil, pacer.delay(at: Self.at(now)) == .zero else { continue }
            pacer.recordFrame(at: Self.at(now))
            written.append(now)
            waitingSince = nil
        }
        return written
    }

    @Test(arguments: [1, 10, 25, 30])
    func aHeldKeyOrAStormDrawsAtMostThirtyFramesASecond(gap: Int) {
        let written = Self.frames(everyMilliseconds: gap, for: 3_000)
        // 30 a second, and the burst's one extra at the start.
        let inThreeSeconds = written.filter { $0 < 3_000 }.count
        #expect(inThreeSeconds <= 3 * 30 + 2, "\(inThreeSeconds) frames in 3 s at one event every \(gap) ms")
        #expect(inThreeSeconds >= 3 * 29, "but drawn steadily: \(inThreeSeconds)")
        for start in stride(from: 0, through: 2_000, by: 50) {
            let inASecond = written.filter { $0 >= start && $0 < start + 1_000 }.count
            #expect(inASecond <= 32, "\(inASecond) frames between \(start) and \(start + 1_000) ms")
        }
        #expect(written.last.map { $0 >= 3_000 - gap } == true, "the last event is drawn")
    }

    @Test func keysFartherApartThanTheIntervalAreEachDrawnAtOnce() {
        #expect(Self.frames(everyMilliseconds: 60, for: 1_200) == Array(stride(from: 0, through: 1_200, by: 60)))
    }
}
