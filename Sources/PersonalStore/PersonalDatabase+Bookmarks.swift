import ArticleKit
import Foundation
import GRDB

extension PersonalDatabase {
    /// Saves a new bookmark at `position` and returns it with its id and
    /// creation time. Strings are cleaned of terminal controls and capped
    /// (excerpt 300 characters, label 200); an empty label is no label.
    @discardableResult
    public func add(at position: ReadingPosition, sectionTitle: String?, excerpt: String, label: String?) throws(PersonalStoreError) -> Bookmark {
        try BookmarkText.checkPosition(blockIndex: position.blockIndex, offset: position.offset)
        var bookmark = Bookmark(
            id: 0, articleID: try BookmarkText.articleID(position.articleID),
            blockIndex: position.blockIndex, offset: position.offset,
            sectionTitle: BookmarkText.sectionTitle(sectionTitle), excerpt: BookmarkText.excerpt(excerpt),
            label: BookmarkText.label(label), createdAt: Timestamp.date(milliseconds: Timestamp.milliseconds(clock())))
        let stored = bookmark
        bookmark.id = try write { db in
            try db.execute(sql: "INSERT INTO bookmark (\(Bookmark.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: stored.arguments(keepingID: false))
            return db.lastInsertedRowID
        }
        return bookmark
    }

    /// Deletes the bookmark and returns it (keep it to `restore` on undo),
    /// or nil if there was none with this id.
    @discardableResult
    public func delete(id: Int64) throws(PersonalStoreError) -> Bookmark? {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(Bookmark.columns) FROM bookmark WHERE id = ?", arguments: [id]) else {
                return nil
            }
            try db.execute(sql: "DELETE FROM bookmark WHERE id = ?", arguments: [id])
            return Bookmark(row: row)
        }
    }

    /// Puts back a deleted bookmark under its old id (ids are never reused,
    /// so this cannot overwrite another bookmark). Restoring one that is
    /// still there changes nothing.
    public func restore(_ bookmark: Bookmark) throws(PersonalStoreError) {
        try BookmarkText.checkPosition(blockIndex: bookmark.blockIndex, offset: bookmark.offset)
        var cleaned = bookmark
        cleaned.articleID = try BookmarkText.articleID(bookmark.articleID)
        cleaned.sectionTitle = BookmarkText.sectionTitle(bookmark.sectionTitle)
        cleaned.excerpt = BookmarkText.excerpt(bookmark.excerpt)
        cleaned.label = BookmarkText.label(bookmark.label)
        let stored = cleaned
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO bookmark (\(Bookmark.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: stored.arguments(keepingID: true))
        }
    }

    /// Gives the bookmark a new label (nil or blank removes it) and returns
    /// it as stored.
    @discardableResult
    public func rename(id: Int64, to label: String?) throws(PersonalStoreError) -> Bookmark {
        let label = BookmarkText.label(label)
        let renamed: Bookmark? = try write { db in
            try db.execute(sql: "UPDATE bookmark SET label = ? WHERE id = ?", arguments: [label, id])
            return try Bookmark.fetchAll(db, where: "id = ?", arguments: [id]).first
        }
        guard let renamed else { throw .noSuchBookmark(id: id) }
        return renamed
    }

    /// The bookmark with this id, if there is one.
    public func bookmark(id: Int64) throws(PersonalStoreError) -> Bookmark? {
        try read { db in try Bookmark.fetchAll(db, where: "id = ?", arguments: [id]).first }
    }

    /// Every bookmark, newest first.
    public func allBookmarks() throws(PersonalStoreError) -> [Bookmark] {
        try read { db in try Bookmark.fetchAll(db) }
    }

    /// The bookmarks in one article, newest first.
    public func bookmarks(for articleID: String) throws(PersonalStoreError) -> [Bookmark] {
        try read { db in try Bookmark.fetchAll(db, where: "articleID = ?", arguments: [articleID]) }
    }
}
