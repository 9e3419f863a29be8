import GRDB

/// A result row read by column index: GRDB's `Row` and the start-up
/// snapshot's `SnapshotRow` both, so the store and the snapshot decode the
/// same queries with the same code (`DecisionRows`).
protocol ColumnReading {
    func integer(_ column: Int32) -> Int64
    /// The column as text; nil for NULL.
    func text(_ column: Int32) -> String?
}

extension Row: ColumnReading {
    func integer(_ column: Int32) -> Int64 { self[Int(column)] ?? 0 }
    func text(_ column: Int32) -> String? { self[Int(column)] }
}

extension SnapshotRow: ColumnReading {}
