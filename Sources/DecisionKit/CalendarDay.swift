import Foundation

/// A moment as the calendar day it fell on, `YYYY-MM-DD`, in UTC, so the
/// same record reads the same wherever it is printed.
public enum CalendarDay {
    public static func string(_ date: Date) -> String {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        let year = components.year ?? 0, month = components.month ?? 0, day = components.day ?? 0
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
