import ReaderUI

/// A band of rows that moved up or down between two frames, found so the
/// terminal can scroll it (`csr` and `ind`/`ri`) instead of being sent
/// every cell of it again: a line down in an article then costs one new
/// line, as in `less`, not a screenful.
///
/// Rows are compared whole by a hash of their cells; the shift kept is
/// the one most rows agree with, and its band grows over neighbouring
/// rows for as long as they have clearly more cells in common shifted
/// than in place (the body beside a contents pane that did not move).
struct ScrollPlan: Equatable {
    /// The rows scrolled, first and last, inclusive.
    let top: Int
    let bottom: Int
    /// Rows the band's content moves up (positive) or down (negative).
    let shift: Int

    /// The plan from `old` to `new` (same size, rows hashed by
    /// `rowHashes`), or nil when scrolling would not save more than it
    /// costs. Hashes only choose the plan: the cells are compared after it,
    /// so a collision costs bytes, never a wrong screen.
    static func between(_ old: UnsafeBufferPointer<Canvas.Cell>, _ new: UnsafeBufferPointer<Canvas.Cell>, size: Size,
                        oldHashes: [UInt64], newHashes: [UInt64]) -> ScrollPlan? {
        let height = size.height
        guard height > 3 else { return nil }
        var inPlace = 0
        for row in 0..<height where oldHashes[row] == newHashes[row] { inPlace += 1 }
        // The shift that most rows show: new row r == old row r + shift.
        var best = 0
        var bestMatches = 0
        for shift in -(height - 1)...(height - 1) where shift != 0 {
            var matches = 0
            for row in max(0, -shift)..<min(height, height - shift) where newHashes[row] == oldHashes[row + shift] {
                matches += 1
            }
            if matches > bestMatches || (matches == bestMatches && abs(shift) < abs(best)) {
                best = shift
                bestMatches = matches
            }
        }
        // Rows equal in place (blank ones, a pane that did not move) match
        // at many shifts: the scroll must bring more rows than stay, by
        // more than its own bytes are worth.
        guard best != 0, bestMatches >= inPlace + 3 else { return nil }
        let rows = max(0, -best)..<min(height, height - best)
        var top = rows.first { newHashes[$0] == oldHashes[$0 + best] }!
        var bottom = rows.last { newHashes[$0] == oldHashes[$0 + best] }!
        func gains(_ row: Int) -> Bool {
            rows.contains(row) && common(old, new, size: size, oldRow: row + best, newRow: row)
                > common(old, new, size: size, oldRow: row, newRow: row) + size.width / 8
        }
        while gains(top - 1) { top -= 1 }
        while gains(bottom + 1) { bottom += 1 }
        return ScrollPlan(top: top, bottom: bottom, shift: best)
    }

    /// The region the terminal scrolls: the band, with the rows its content
    /// moves out of.
    var region: (top: Int, bottom: Int) { shift > 0 ? (top, bottom + shift) : (top + shift, bottom) }

    /// The row of the frame before whose cells the terminal shows at `row`
    /// after the scroll; nil for a row the scroll left blank.
    func rowShown(at row: Int) -> Int? {
        if (top...bottom).contains(row) { return row + shift }
        let (regionTop, regionBottom) = region
        return (regionTop...regionBottom).contains(row) ? nil : row
    }

    /// A hash of each row's cells, into `hashes`.
    static func rowHashes(_ cells: UnsafeBufferPointer<Canvas.Cell>, size: Size, into hashes: inout [UInt64]) {
        hashes.removeAll(keepingCapacity: true)
        UnsafeRawBufferPointer(cells).withMemoryRebound(to: UInt64.self) { words in
            let wordsPerRow = 2 * size.width
            for row in 0..<size.height {
                var hash: UInt64 = 0
                var index = row * wordsPerRow
                let end = index + wordsPerRow
                while index < end {
                    let cell = words[index] &+ words[index + 1] &* 0x9E37_79B9_7F4A_7C15
                    hash = ((hash << 5 | hash >> 59) ^ cell) &* 0x5175_2C8B_A9E3_6D1B
                    index += 2
                }
                hashes.append(hash)
            }
        }
    }

    /// Cells equal between `old`'s row `oldRow` and `new`'s row `newRow`.
    private static func common(_ old: UnsafeBufferPointer<Canvas.Cell>, _ new: UnsafeBufferPointer<Canvas.Cell>, size: Size,
                               oldRow: Int, newRow: Int) -> Int {
        var count = 0
        for column in 0..<size.width where old[oldRow * size.width + column] == new[newRow * size.width + column] { count += 1 }
        return count
    }
}
