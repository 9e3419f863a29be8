import Foundation

/// Times as the database stores them: whole milliseconds since 1970 (UTC).
/// Integers keep comparisons exact, which import's duplicate check relies
/// on; the text forms are built from the integer, never from a `Double`,
/// and by arithmetic (`CivilDate`), never a formatter per value (an export
/// of 4,000 bookmarks spent a second building formatters).
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
        return String(wholeSeconds(seconds).dropLast()) + "." + padded(fraction, 3) + "Z"
    }

    /// Parses ISO 8601 date-time (`Z` or `±hh:mm`), with or without
    /// fractional seconds (kept to the millisecond); nil if it is not one
    /// or names no real time (month 13, 30 February, 24:00). Read byte by
    /// byte: a `Regex` here was compiled again for every bookmark of an
    /// import.
    static func parseISO8601(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        func number(at start: Int, digits: Int) -> Int64? {
            guard start + digits <= bytes.count else { return nil }
            var value: Int64 = 0
            for byte in bytes[start..<start + digits] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func byte(at index: Int, is character: Unicode.Scalar) -> Bool {
            index < bytes.count && bytes[index] == UInt8(ascii: character)
        }
        guard let year = number(at: 0, digits: 4), byte(at: 4, is: "-"), let month = number(at: 5, digits: 2),
              byte(at: 7, is: "-"), let day = number(at: 8, digits: 2), byte(at: 10, is: "T"),
              let hour = number(at: 11, digits: 2), byte(at: 13, is: ":"), let minute = number(at: 14, digits: 2),
              byte(at: 16, is: ":"), let second = number(at: 17, digits: 2),
              let date = CivilDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 60 else {
            return nil
        }
        var index = 19
        var fraction: Int64 = 0
        if byte(at: index, is: ".") {
            var digits = 0
            while let digit = number(at: index + 1 + digits, digits: 1) {
                if digits < 3 { fraction = fraction * 10 + digit }
                digits += 1
            }
            guard (1...9).contains(digits) else { return nil }
            for _ in min(digits, 3)..<3 { fraction *= 10 }
            index += 1 + digits
        }
        var offset: Int64 = 0
        if byte(at: index, is: "Z") {
            index += 1
        } else if byte(at: index, is: "+") || byte(at: index, is: "-") {
            guard let hours = number(at: index + 1, digits: 2), byte(at: index + 3, is: ":"),
                  let minutes = number(at: index + 4, digits: 2), hours < 24, minutes < 60 else { return nil }
            offset = (hours * 60 + minutes) * 60 * (byte(at: index, is: "-") ? -1 : 1)
            index += 6
        } else {
            return nil
        }
        guard index == bytes.count else { return nil }
        return (date.days * 86_400 + hour * 3600 + minute * 60 + second - offset) * 1000 + fraction
    }

    /// `2026-11-25T14:05:12Z`.
    private static func wholeSeconds(_ seconds: Int64) -> String {
        let (days, secondOfDay) = floorDivision(seconds, 86_400)
        let date = CivilDate(days: days)
        return padded(date.year, 4) + "-" + padded(date.month, 2) + "-" + padded(date.day, 2) + "T"
            + padded(secondOfDay / 3600, 2) + ":" + padded(secondOfDay / 60 % 60, 2) + ":" + padded(secondOfDay % 60, 2) + "Z"
    }

    private static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let remainder = ((value % divisor) + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }
}
