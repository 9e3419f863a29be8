import Foundation
import GRDB

extension PersonalDatabase {
    /// Every bookmark in the documented JSON format (docs/bookmarks-format.md),
    /// oldest first.
    public func exportJSON() throws(PersonalStoreError) -> Data {
        try export().json
    }

    /// Every bookmark in the documented JSON format, and how many there
    /// are, both from one read (so a count printed beside the file is
    /// true even while other processes add bookmarks).
    public func export() throws(PersonalStoreError) -> BookmarkExport {
        let bookmarks = try allBookmarks().reversed()
        do {
            return BookmarkExport(json: try BookmarkFile(bookmarks: Array(bookmarks)).encoded(), count: bookmarks.count)
        } catch {
            throw .databaseFailure(path: databaseURL.path, reason: "cannot encode the bookmarks (\(error))")
        }
    }

    /// Merges a file made by `exportJSON`. The whole file is checked first;
    /// any problem throws `invalidImport` and nothing is imported. Then all
    /// new bookmarks go in one transaction. A bookmark equal to one already
    /// stored in article, block, offset, label and creation time is
    /// skipped, so importing the same file twice adds nothing.
    public func importJSON(_ data: Data) throws(PersonalStoreError) -> BookmarkImportSummary {
        let file = try BookmarkFile.decode(data)
        var incoming: [Bookmark] = []
        for (index, entry) in file.bookmarks.enumerated() {
            incoming.append(try Self.validated(entry, at: index))
        }
        let candidates = incoming
        return try write { db in
            var known = Set(try Bookmark.fetchAll(db).map(BookmarkIdentity.init))
            var imported = 0
            for bookmark in candidates where known.insert(BookmarkIdentity(bookmark)).inserted {
                try db.execute(sql: "INSERT INTO bookmark (\(Bookmark.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               arguments: bookmark.arguments(keepingID: false))
                imported += 1
            }
            return BookmarkImportSummary(imported: imported, skipped: candidates.count - imported)
        }
    }

    /// Checks one entry strictly (an import refuses what `add` would
    /// quietly shorten) and cleans its strings.
    static func validated(_ entry: BookmarkFile.Entry, at index: Int) throws(PersonalStoreError) -> Bookmark {
        func fail(_ field: String, _ problem: String) -> PersonalStoreError {
            .invalidImport("bookmarks[\(index)].\(field): \(problem)")
        }
        for (field, value) in [("blockIndex", entry.blockIndex), ("offset", entry.offset)]
        where !(0...BookmarkText.maximumPosition).contains(value) {
            throw fail(field, "must be between 0 and \(BookmarkText.maximumPosition)")
        }
        let limits: [(String, String?, Int)] = [
            ("articleID", entry.articleID, BookmarkText.maximumArticleIDLength),
            ("sectionTitle", entry.sectionTitle, BookmarkText.maximumSectionTitleLength),
            ("excerpt", entry.excerpt, BookmarkText.maximumExcerptLength),
            ("label", entry.label, BookmarkText.maximumLabelLength),
        ]
        for (field, value, limit) in limits where (value?.count ?? 0) > limit {
            throw fail(field, "longer than \(limit) characters")
        }
        let articleID = BookmarkText.clean(entry.articleID)
        guard !articleID.isEmpty else { throw fail("articleID", "empty") }
        guard let createdAt = Timestamp.parseISO8601(entry.createdAt) else {
            throw fail("createdAt", "not an ISO 8601 date and time such as 2026-11-25T14:05:12.000Z")
        }
        return Bookmark(
            id: 0, articleID: articleID, blockIndex: entry.blockIndex, offset: entry.offset,
            sectionTitle: BookmarkText.sectionTitle(entry.sectionTitle), excerpt: BookmarkText.excerpt(entry.excerpt),
            label: BookmarkText.label(entry.label), createdAt: Timestamp.date(milliseconds: createdAt))
    }
}
