import PersonalStore
import DecisionKit
import Foundation

/// Where a printable summary is kept: `summaries/weigh-summary-YYYY-MM-DD.html`
/// in the data folder (the folder made private, 0700, as the store's is;
/// the file 0600). An earlier summary is never replaced: when the day's
/// name is taken the next free `-2`, `-3`, … is used.
enum SummaryFile {
    static let folderName = "summaries"
    /// More summaries than anyone writes in a day; past it, writing stops
    /// rather than trying names for ever.
    static let maximumPerDay = 9_999

    /// Why the summary could not be written, as one line.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `page` as the summary of `date`'s day; the file it wrote.
    static func write(_ page: String, dataFolder: URL, date: Date) throws(Failure) -> URL {
        let folder = dataFolder.appendingPathComponent(folderName, isDirectory: true)
        do {
            try DataFolder.prepare(folder)
        } catch {
            if case .cannotSave(let path, let reason) = error { throw Failure(description: "cannot write the summary in \(path): \(reason)") }
            throw Failure(description: "cannot write the summary: \(error)")
        }
        let bytes = Array(page.utf8)
        let day = CalendarDay.string(date)
        for number in 1...maximumPerDay {
            let url = folder.appendingPathComponent(name(day: day, number: number))
            do {
                if try DurableFile.create(bytes, at: url) { return url }
            } catch {
                throw Failure(description: "cannot write the summary \(url.path): \(error.reason)")
            }
        }
        throw Failure(description: "cannot write the summary: \(folder.path) already holds \(maximumPerDay) summaries for \(day)")
    }

    /// `weigh-summary-2026-12-04.html`, then `weigh-summary-2026-12-04-2.html`, ….
    static func name(day: String, number: Int) -> String {
        "weigh-summary-\(day)" + (number == 1 ? "" : "-\(number)") + ".html"
    }
}
