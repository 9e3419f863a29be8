import Foundation
import Testing
@testable import PersonalStore
import WeighTestSupport

/// ISO 8601 times are built and read by arithmetic (`CivilDate`), and
/// must agree with Foundation's formatter everywhere.
@Suite("Times written and read without a formatter")
struct TimestampTests {
    @Test func writingAgreesWithFoundationOverFourCenturies() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var generator = SplitMix64(seed: 8601)
        // 1601 to 2400 (leap centuries included), plus the edges of 1970.
        let samples = [-1, 0, 1, 86_399, 86_400, 951_782_400, 4_107_542_399]
            + (0..<500).map { _ in Int64.random(in: -11_644_473_600...13_569_465_599, using: &generator) }
        for seconds in samples {
            let expected = formatter.string(from: Date(timeIntervalSince1970: Double(seconds)))
            let written = Timestamp.iso8601(milliseconds: seconds * 1000 + 7)
            #expect(written == expected.dropLast() + ".007Z", "\(seconds)")
            #expect(Timestamp.parseISO8601(written) == seconds * 1000 + 7, "\(written)")
        }
    }

    @Test(arguments: ["2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-04-31T00:00:00Z", "2026-11-25T24:00:00Z",
                      "2026-11-25T12:60:00Z", "2026-11-25T12:00:60Z", "2026-11-25T12:00:00+24:00", "2026-00-10T12:00:00Z"])
    func timesThatDoNotExistAreRefused(text: String) {
        #expect(Timestamp.parseISO8601(text) == nil)
    }

    @Test func leapDaysAndOffsetsAreRead() {
        #expect(Timestamp.parseISO8601("2024-02-29T00:00:00Z") == 1_709_164_800_000)
        #expect(Timestamp.parseISO8601("2000-02-29T23:59:59.999Z") == 951_868_799_999)
        #expect(Timestamp.parseISO8601("2026-11-25T09:35:12-04:30") == 1_795_615_512_000)
    }
}

extension TimestampTests {
    @Test(arguments: ["", "2026-11-25T14:05:12", "2026-11-25T14:05:12.Z", "2026-11-25T14:05:12.1234567890Z",
                      "2026-11-25T14:05:12Zjunk", "2026-11-25 14:05:12Z", "2026-11-25T14:05:12+0200", "２０２６-11-25T14:05:12Z",
                      "2026-1-25T14:05:12Z", "+2026-11-25T14:05:12Z"])
    func textThatIsNotOneIsRefused(text: String) {
        #expect(Timestamp.parseISO8601(text) == nil)
    }

    @Test func fractionsAreKeptToTheMillisecond() {
        #expect(Timestamp.parseISO8601("2026-11-25T14:05:12.1Z") == 1_795_615_512_100)
        #expect(Timestamp.parseISO8601("2026-11-25T14:05:12.123456789Z") == 1_795_615_512_123)
        #expect(Timestamp.parseISO8601("2026-11-25T14:05:12.999-00:00") == 1_795_615_512_999)
    }
}
