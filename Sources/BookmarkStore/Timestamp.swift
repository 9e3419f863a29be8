import Foundation

/// Times as the database stores them: whole milliseconds since 1970 (UTC).
/// Integers keep comparisons exact, which import's duplicate check relies
/// on; the text forms are built from the integer, never from a `Double`.
enum Timestamp {
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// `20261125T140512Z`, for names of moved-aside files.
    static func compactUTC(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        return wholeSeconds(seconds).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }

    /// ISO 8601 in UTC with milliseconds: `2026-11-25T14:05:12.345Z`.
    static func iso8601(milliseconds: Int64) -> String {
        let (seconds, fraction) = floorDivision(milliseconds, 1000)
        let text = wholeSeconds(seconds)
        return String(text.dropLast()) + "." + String(format: "%03d", Int(fraction)) + "Z"
    }

    /// Parses ISO 8601 date-time (`Z` or `±hh:mm`), with or without
    /// fractional seconds (kept to the millisecond); nil if it is not one.
    static func parseISO8601(_ text: String) -> Int64? {
        guard let match = text.wholeMatch(of: /(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})/) else {
            return nil
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: String(match.1) + String(match.3)) else { return nil }
        let seconds = Int64(date.timeIntervalSince1970.rounded())
        let digits = String((match.2.map(String.init) ?? "").prefix(3))
        let fraction = Int64(digits.padding(toLength: 3, withPad: "0", startingAt: 0)) ?? 0
        let (product, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        return overflow ? nil : product + fraction
    }

    /// `2026-11-25T14:05:12Z`.
    private static func wholeSeconds(_ seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: Double(seconds)))
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let remainder = ((value % divisor) + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }
}
