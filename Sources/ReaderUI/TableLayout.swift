import ArticleKit

/// Draws a table with box characters at a width: columns sized to their
/// content, shrunk to fit when the table is too wide, cells wrapped.
///
///     ┌──────┬─────┐
///     │ Head │ B   │
///     ├──────┼─────┤
///     │ 1    │ 2   │
///     └──────┴─────┘
///
/// A table with more columns than the width can box (each column needs
/// `minimumColumnWidth` plus 3 for its borders) is stacked instead: each
/// row becomes `Header: cell` lines between rules, so a 500-column table
/// stays readable and no line is wider than `width`.
enum TableLayout {
    static let minimumColumnWidth = 3

    static func lines(for table: TableBlock, width: Int) -> [[StyledRun]] {
        let columns = table.alignments.count
        guard columns > 0 else { return [] }
        let header = table.header.map { $0.plainText }
        let rows = table.rows.map { $0.map { $0.plainText } }
        if 3 * columns + 1 + columns * minimumColumnWidth > width {
            return stacked(header: header, rows: rows, width: width)
        }
        let widths = columnWidths(for: [header] + rows, columns: columns, width: width)
        let border = TextStyle(.tableBorder)

        func rule(_ left: String, _ middle: String, _ right: String) -> [StyledRun] {
            [StyledRun(left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right, border)]
        }

        var lines: [[StyledRun]] = [rule("┌", "┬", "┐")]
        lines += rowLines(header, widths: widths, alignments: table.alignments, style: TextStyle(.tableHeader, inline: .strong))
        lines.append(rule("├", "┼", "┤"))
        for row in rows {
            lines += rowLines(row, widths: widths, alignments: table.alignments, style: .body)
        }
        lines.append(rule("└", "┴", "┘"))
        return lines
    }

    /// Natural widths, shrunk (widest first, a column at a time, leftmost
    /// first among equals, never below 2) until the table fits `width`.
    /// Shrinks a whole level of the widest columns per step, so a cell a
    /// megabyte wide costs no more than a short one.
    static func columnWidths(for rows: [[String]], columns: Int, width: Int) -> [Int] {
        var widths = (0..<columns).map { column in
            max(1, rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 1)
        }
        let chrome = 3 * columns + 1
        var excess = widths.reduce(0, +) - max(columns, width - chrome)
        while excess > 0, let top = widths.max(), top > 2 {
            let widest = widths.indices.filter { widths[$0] == top }
            let next = max(2, widths.filter { $0 < top }.max() ?? 2)
            if widest.count * (top - next) <= excess {
                for column in widest { widths[column] = next }
                excess -= widest.count * (top - next)
            } else {
                let levels = excess / widest.count
                for (rank, column) in widest.enumerated() {
                    widths[column] -= levels + (rank < excess % widest.count ? 1 : 0)
                }
                excess = 0
            }
        }
        return widths
    }

    /// Each row as `Header: cell` lines, rows between rules.
    private static func stacked(header: [String], rows: [[String]], width: Int) -> [[StyledRun]] {
        let rule = [StyledRun(String(repeating: "─", count: max(1, width)), TextStyle(.tableBorder))]
        let labelStyle = TextStyle(.tableHeader, inline: .strong)
        var lines: [[StyledRun]] = [rule]
        for row in rows.isEmpty ? [[]] : rows {
            for (column, name) in header.enumerated() {
                let label = name.isEmpty ? "Column \(column + 1)" : name
                let cell = column < row.count ? row[column] : ""
                let runs = [StyledRun(label + ":", labelStyle), StyledRun(cell.isEmpty ? "" : " " + cell, .body)]
                lines += ParagraphWrapper.wrap(runs, width: width).lines
            }
            lines.append(rule)
        }
        return lines
    }

    private static func rowLines(_ cells: [String], widths: [Int], alignments: [TableBlock.Alignment], style: TextStyle) -> [[StyledRun]] {
        let border = TextStyle(.tableBorder)
        let wrapped = widths.indices.map { column -> [String] in
            let text = column < cells.count ? cells[column] : ""
            return ParagraphWrapper.wrap([StyledRun(text, style)], width: widths[column]).lines.map { $0.map(\.text).joined() }
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { lineIndex in
            var runs = [StyledRun("│", border)]
            for column in widths.indices {
                let text = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : ""
                runs.append(StyledRun(" " + aligned(text, width: widths[column], alignment: alignments[column]) + " ", style))
                runs.append(StyledRun("│", border))
            }
            return runs
        }
    }

    private static func aligned(_ text: String, width: Int, alignment: TableBlock.Alignment) -> String {
        let padding = max(0, width - DisplayWidth.of(text))
        switch alignment {
        case .left: return text + String(repeating: " ", count: padding)
        case .right: return String(repeating: " ", count: padding) + text
        case .center:
            let left = padding / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: padding - left)
        }
    }
}
