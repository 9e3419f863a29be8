import ArgumentParser
import PersonalStore
import Foundation

/// `weigh bookmarks list`: the bookmarks grouped by article, newest first.
struct BookmarksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List bookmarks, grouped by article, newest first."
    )

    @OptionGroup var dataOptions: DataOptions

    @Flag(name: .long, help: "Print JSON (a list, newest first) instead of text.")
    var json = false

    func run() throws {
        let store = try dataOptions.openStore()
        let bookmarks: [Bookmark]
        do {
            bookmarks = try store.allBookmarks()
        } catch {
            throw error.commandFailure
        }
        if json {
            print(bookmarks.isEmpty ? "[]" : try JSONText.encode(bookmarks.map(BookmarksListEntry.init)))
            return
        }
        if bookmarks.isEmpty {
            print("no bookmarks yet")
            return
        }
        for line in Self.lines(for: bookmarks) {
            print(line)
        }
    }

    /// One heading line per article (the article with the newest bookmark
    /// first), then one indented line per bookmark:
    /// `#id  date  section  "label"  excerpt`.
    static func lines(for bookmarks: [Bookmark], timeZone: TimeZone = .current) -> [String] {
        var order: [String] = []
        var groups: [String: [Bookmark]] = [:]
        for bookmark in bookmarks {
            if groups[bookmark.articleID] == nil { order.append(bookmark.articleID) }
            groups[bookmark.articleID, default: []].append(bookmark)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        var lines: [String] = []
        for articleID in order {
            let group = groups[articleID] ?? []
            lines.append("\(articleID) (\(plural(group.count, "bookmark")))")
            for bookmark in group {
                var fields = ["#\(bookmark.id)", formatter.string(from: bookmark.createdAt), bookmark.sectionTitle ?? "(start)"]
                if let label = bookmark.label { fields.append("\"\(label)\"") }
                fields.append(shortened(bookmark.excerpt, to: 60))
                lines.append("  " + fields.joined(separator: "  "))
            }
        }
        return lines
    }

    static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
