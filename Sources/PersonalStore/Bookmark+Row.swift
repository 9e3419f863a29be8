import GRDB

extension Bookmark {
    /// The columns of the `bookmark` table, in the order `arguments` uses.
    static let columns = "id, articleID, blockIndex, charOffset, sectionTitle, excerpt, label, createdAt"

    init(row: Row) {
        self.init(
            id: row["id"], articleID: row["articleID"], blockIndex: row["blockIndex"], offset: row["charOffset"],
            sectionTitle: row["sectionTitle"], excerpt: row["excerpt"], label: row["label"],
            createdAt: Timestamp.date(milliseconds: row["createdAt"]))
    }

    /// Values for `columns`, with `id` nil to let SQLite assign one.
    func arguments(keepingID: Bool) -> StatementArguments {
        [keepingID ? id : nil, articleID, blockIndex, offset, sectionTitle, excerpt, label, Timestamp.milliseconds(createdAt)]
    }

    /// Every bookmark, newest first, in `columns` order (shared with
    /// `StoreSnapshot`).
    static let allQuery = query(where: "1")

    private static func query(where condition: String) -> String {
        "SELECT \(columns) FROM bookmark WHERE \(condition) ORDER BY createdAt DESC, id DESC"
    }

    static func fetchAll(_ db: Database, where condition: String = "1", arguments: StatementArguments = []) throws -> [Bookmark] {
        try Row.fetchAll(db, sql: query(where: condition), arguments: arguments).map(Bookmark.init(row:))
    }
}
