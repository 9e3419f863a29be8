import ArticleKit

/// Draws a table with box characters at a width: columns sized to their
/// content, shrunk to fit when the table is too wide, cells wrapped.
///
///     ┌──────┬─────┐
///     │ Head │ B   │
///     ├──────┼─────┤
///     │ 1    │ 2   │
///     └──────┴─────┘
enum TableLayout {
    static func lines(for table: TableBlock, width: Int) -> [[StyledRun]] {
        let columns = table.alignments.count
        guard columns > 0 else { return [] }
        let header = table.header.map { $0.plainText }
        let rows = table.rows.map { $0.map { $0.plainText } }
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

    /// Natural widths, shrunk (widest first) until the table fits `width`.
    static func columnWidths(for rows: [[String]], columns: Int, width: Int) -> [Int] {
        var widths = (0..<columns).map { column in
            max(1, rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 1)
        }
        let chrome = 3 * columns + 1
        let budget = max(columns, width - chrome)
        while widths.reduce(0, +) > budget, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 2 {
            widths[widest] -= 1
        }
        return widths
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
